
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="UTF-8">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta content="绍兴市第一中学" name="Keywords" />
    <meta content="绍兴市第一中学" name="Description" />
    <title>习近平：在北京大学师生座谈会上的讲话--学习专栏-绍兴市第一中学</title>
    <link href="/Shaoxingyizhong/Template/Default/Skin/erms/css/module.css" rel="stylesheet" type="text/css" />
    <link href="/Shaoxingyizhong/Template/Default/Skin/erms/css/default.css" rel="stylesheet" type="text/css" />
    <link href="/Shaoxingyizhong/Template/Default/Skin/erms/css/page.css" rel="stylesheet" type="text/css" />
    <!-- 网站变灰
<style>
*{
-webkit-filter:grayscale(100%)!important;
-moz-filter:grayscale(100%)!important;
-ms-filter:grayscale(100%)!important;
-o-filter:grayscale(100%)!important;
filter:grayscale(100%)!important;
filter:gray!important;
filter:progid:DXImageTransform.Microsoft.BasicImage(grayscale=1);
}
</style>
 -->

<script type="text/javascript">
    var siteSetup = {sitePath: '/',ajaxPath: '/ajax.aspx',skinPath: '/Template/Default/Skin/'};
</script>
<script language="javascript" type="text/javascript" src="/Shaoxingyizhong/js/jquery.pack.js"></script>
<script language="javascript" type="text/javascript" src="/Shaoxingyizhong/js/jquery.peex.js"></script>
<script language="javascript" type="text/javascript" src="/Shaoxingyizhong/Template/Default/Skin/erms/js/jquery.SuperSlide.js"></script>
<script language="javascript" type="text/javascript" src="/Shaoxingyizhong/Template/Default/Skin/erms/js/jquery.qrcode.min.js"></script>




</head>
<div id="top">
	<div class="siteWidth">
		<div class="date">今天是<script language="javascript" type="text/javascript" src="/Shaoxingyizhong/Template/Default/Skin/erms/js/show_date.js?type=1"></script></div>
<div class="toplink"><a href="/Shaoxingyizhong/Category_370/Index.aspx" target="_blank">公共文件夹</a> | 
                            <a href="http://220.187.224.238:20000/" target="_blank">智慧校园</a> | 
                            <a href="http://10.176.17.15:8443/portal" target="_blank">教学平台</a> | 
                            <a href="/Shaoxingyizhong/Item/1380.aspx" target="_blank">办公电话</a> | 
                            <a href="/Shaoxingyizhong/Item/13310.aspx" target="_blank">作息时间</a> | 
                            <a href="http://10.176.17.63/" target="_blank">图书馆</a> | 
                            <a href="ftp://10.176.17.3:2121" target="_blank">软件下载</a> | 
                            <a href="http://10.176.17.2:99/" target="_blank">网上报修</a></div>
	</div>
</div>
<!-- header S -->
<div id="header">
    <div class="siteWidth">
			<h1 class="logo" title="@CurrentSite.Instance.SiteTitle">
					<a href="/Shaoxingyizhong/"><img src="/Shaoxingyizhong/Template/Default/Skin/erms/img/logo.png" /></a>
			</h1>
			<div class="link">
        <span id="topLoginFrom" style="display: none"><a href="/Shaoxingyizhong/User/index.aspx">登录</a>|<a href="/Shaoxingyizhong/User/Register.aspx" title="注册" class="reg">注册</a></span>
<span id="topLoginStatus">
</span>
<script language="javascript" type="text/javascript">
CheckIsLogin1();

function CheckIsLogin1(){
    document.getElementById('topLoginStatus').innerHTML = "<img src=\"/Template/Default/Skin/Images/loading.gif\" alt=\"\"/>";
    jQuery.pe.ajax('logincheck',{params:{},
	  success:function(response){
		 switch (jQuery(response).find('status').text()) {
			case "ok":
				document.getElementById('topLoginStatus').style.display = "";
				document.getElementById('topLoginFrom').style.display = "none";
				document.getElementById('topLoginStatus').innerHTML = GetUserInfo1(response);
				break;
			default:
				document.getElementById('topLoginStatus').style.display = "none";
            	document.getElementById('topLoginFrom').style.display = "";
				break;
		}
	  }}
	);
}

function GetUserInfo1(response){
    var userInfo ="<a target='_balnk' class='name' href=/user/index.aspx>"+ jQuery(response).find('username').text() + "</a> | ";
    userInfo = userInfo + "<a target='_blank' href=\"/User/Default.aspx\"> 会员中心 </a>|";
    userInfo = userInfo + "<a class='logOut' href=\"/User/Logout.aspx\"> 退出 </a>";
    return userInfo;
}
</script>

                            
                        

<!-- 				<a class="setHome" onClick="SetHome(this,'@Power.Url.SiteUrl(currentSite.Subdomain)')">设为首页</a> | <a class="fav" href="javascript:AddFavorite('@Power.Url.SiteUrl(currentSite.Subdomain)','@CurrentSite.Instance.SiteTitle')">加入收藏</a> -->
			</div>



			        <div class="s-form">
            <input id="keyword2" class="from-control" onfocus="this.value='';" maxlength="100" size="30" value="请输入关键词" name="Keyword">
            <input id="Submit" class="btn" type="button" name="Submit" value="搜索" onclick="OnSearchCheckAndSubmit();">
            <script language="javascript" type="text/javascript">
            document.getElementById("keyword2").onkeydown = function(e) {
                e = e || window.event;
                if (e.keyCode == 13) { OnSearchCheckAndSubmit() }
            }

            function OnSearchCheckAndSubmit() {
                var keyword2 = document.getElementById("keyword2").value;
                if (keyword2 == '' || keyword2 == null) {
                    alert("请输入关键词");
                    return;
                } else {

                    window.location = '/search/s.aspx?c=&f=title&wd=' + escape(keyword2) + '&o='+2;
                }
            }
            </script>
        </div>


    </div>
</div>
<!-- header E -->
<div class="nav">
	<div class="siteWidth">
      <ul id="mainNav" class="mainNav"><li class="li1 first1" id="liID-2"><h4 class="h1" id="hID-2"><a target="_self" class="a1" id="aID-2" href="/Shaoxingyizhong/Default.aspx">首页</a></h4></li><li class="li1 hasUl1" id="liID1"><h4 class="h1" id="hID1"><a target="_self" class="a1" id="aID1" href="/Shaoxingyizhong/Category_1/Index.aspx">新闻中心</a></h4><ul class="ul1" id="ulID1">
				<li class="li2 first2" id="liID20">
  <h4 class="h2" id="hID20"><a target="_self" class="a2" id="aID20" href="/Shaoxingyizhong/Category_20/Index.aspx">学校公告</a></h4>
</li>
<li class="li2" id="liID21">
  <h4 class="h2" id="hID21"><a target="_self" class="a2" id="aID21" href="/Shaoxingyizhong/Category_21/Index.aspx">一中新闻</a></h4>
</li>
<li class="li2" id="liID22">
  <h4 class="h2" id="hID22"><a target="_self" class="a2" id="aID22" href="/Shaoxingyizhong/Category_22/Index.aspx">工作安排</a></h4>
</li>
<li class="li2" id="liID23">
  <h4 class="h2" id="hID23"><a target="_self" class="a2" id="aID23" href="/Shaoxingyizhong/Category_23/Index.aspx">校长专栏</a></h4>
</li>
<li class="li2 last2" id="liID24">
  <h4 class="h2" id="hID24"><a target="_self" class="a2" id="aID24" href="/Shaoxingyizhong/Category_24/Index.aspx">校务公开</a></h4>
</li>
			</ul></li><li class="li1 hasUl1" id="liID3"><h4 class="h1" id="hID3"><a target="_self" class="a1" id="aID3" href="/Shaoxingyizhong/Category_3/Index.aspx">百年芳华</a></h4><ul class="ul1" id="ulID3">
				<li class="li2 first2" id="liID112">
  <h4 class="h2" id="hID112"><a target="_self" class="a2" id="aID112" href="/Shaoxingyizhong/Category_112/Index.aspx">建校史略</a></h4>
</li>
<li class="li2" id="liID113">
  <h4 class="h2" id="hID113"><a target="_self" class="a2" id="aID113" href="/Shaoxingyizhong/Category_113/Index.aspx">昔日校园</a></h4>
</li>
<li class="li2" id="liID376">
  <h4 class="h2" id="hID376"><a target="_blank" class="a2" id="aID376" href="http://10.176.17.2:8080/bnxs/mingrenlu/index.htm">—中骄傲</a></h4>
</li>
<li class="li2 last2" id="liID389">
  <h4 class="h2" id="hID389"><a target="_self" class="a2" id="aID389" href="/Shaoxingyizhong/Category_389/Index.aspx">校友之家</a></h4>
</li>
			</ul></li><li class="li1 hasUl1" id="liID4"><h4 class="h1" id="hID4"><a target="_self" class="a1" id="aID4" href="/Shaoxingyizhong/Category_4/Index.aspx">走进一中</a></h4><ul class="ul1" id="ulID4">
				<li class="li2 first2" id="liID43">
  <h4 class="h2" id="hID43"><a target="_self" class="a2" id="aID43" href="/Shaoxingyizhong/Category_43/Index.aspx">学校概览</a></h4>
</li>
<li class="li2" id="liID44">
  <h4 class="h2" id="hID44"><a target="_self" class="a2" id="aID44" href="/Shaoxingyizhong/Category_44/Index.aspx">组织机构</a></h4>
</li>
<li class="li2" id="liID45">
  <h4 class="h2" id="hID45"><a target="_self" class="a2" id="aID45" href="/Shaoxingyizhong/Category_45/Index.aspx">管理团队</a></h4>
</li>
<li class="li2" id="liID49">
  <h4 class="h2" id="hID49"><a target="_self" class="a2" id="aID49" href="/Shaoxingyizhong/Category_49/Index.aspx">—中校歌</a></h4>
</li>
<li class="li2" id="liID41">
  <h4 class="h2" id="hID41"><a target="_self" class="a2" id="aID41" href="/Shaoxingyizhong/Category_41/Index.aspx">校园风光</a></h4>
</li>
<li class="li2" id="liID10">
  <h4 class="h2" id="hID10"><a target="_self" class="a2" id="aID10" href="/Shaoxingyizhong/Category_10/Index.aspx">奖教奖学</a></h4>
</li>
<li class="li2" id="liID42">
  <h4 class="h2" id="hID42"><a target="_self" class="a2" id="aID42" href="/Shaoxingyizhong/Category_42/Index.aspx">学校荣誉</a></h4>
</li>
<li class="li2 last2" id="liID379">
  <h4 class="h2" id="hID379"><a target="_self" class="a2" id="aID379" href="/Shaoxingyizhong/Category_379/Index.aspx">领导关怀</a></h4>
</li>
			</ul></li><li class="li1 hasUl1" id="liID50"><h4 class="h1" id="hID50"><a target="_self" class="a1" id="aID50" href="/Shaoxingyizhong/Category_50/Index.aspx">党建引领</a></h4><ul class="ul1" id="ulID50">
				<li class="li2 first2" id="liID53">
  <h4 class="h2" id="hID53"><a target="_self" class="a2" id="aID53" href="/Shaoxingyizhong/Category_53/Index.aspx">组织架构</a></h4>
</li>
<li class="li2" id="liID54">
  <h4 class="h2" id="hID54"><a target="_self" class="a2" id="aID54" href="/Shaoxingyizhong/Category_54/Index.aspx">清廉学校</a></h4>
</li>
<li class="li2" id="liID55">
  <h4 class="h2" id="hID55"><a target="_self" class="a2" id="aID55" href="/Shaoxingyizhong/Category_55/Index.aspx">学习专栏</a></h4>
</li>
<li class="li2" id="liID56">
  <h4 class="h2" id="hID56"><a target="_self" class="a2" id="aID56" href="/Shaoxingyizhong/Category_56/Index.aspx">先锋故事</a></h4>
</li>
<li class="li2" id="liID58">
  <h4 class="h2" id="hID58"><a target="_self" class="a2" id="aID58" href="/Shaoxingyizhong/Category_58/Index.aspx">课余党校</a></h4>
</li>
<li class="li2 last2" id="liID60">
  <h4 class="h2" id="hID60"><a target="_self" class="a2" id="aID60" href="/Shaoxingyizhong/Category_60/Index.aspx">党建网站</a></h4>
</li>
			</ul></li><li class="li1 hasUl1" id="liID6"><h4 class="h1" id="hID6"><a target="_self" class="a1" id="aID6" href="/Shaoxingyizhong/Category_6/Index.aspx">教师风采</a></h4><ul class="ul1" id="ulID6">
				<li class="li2 first2" id="liID377">
  <h4 class="h2" id="hID377"><a target="_self" class="a2" id="aID377" href="/Shaoxingyizhong/Category_377/Index.aspx">荣誉报道</a></h4>
</li>
<li class="li2" id="liID68">
  <h4 class="h2" id="hID68"><a target="_self" class="a2" id="aID68" href="/Shaoxingyizhong/Category_68/Index.aspx">正高特级教师</a></h4>
</li>
<li class="li2" id="liID69">
  <h4 class="h2" id="hID69"><a target="_self" class="a2" id="aID69" href="/Shaoxingyizhong/Category_69/Index.aspx">优秀教师</a></h4>
</li>
<li class="li2 last2" id="liID71">
  <h4 class="h2" id="hID71"><a target="_self" class="a2" id="aID71" href="/Shaoxingyizhong/Category_71/Index.aspx">名师工作室</a></h4>
</li>
			</ul></li><li class="li1 hasUl1" id="liID385"><h4 class="h1" id="hID385"><a target="_self" class="a1" id="aID385" href="/Shaoxingyizhong/Category_385/Index.aspx">德育之窗</a></h4><ul class="ul1" id="ulID385">
				<li class="li2 first2" id="liID381">
  <h4 class="h2" id="hID381"><a target="_self" class="a2" id="aID381" href="/Shaoxingyizhong/Category_381/Index.aspx">家校合力</a></h4>
</li>
<li class="li2" id="liID386">
  <h4 class="h2" id="hID386"><a target="_self" class="a2" id="aID386" href="/Shaoxingyizhong/Category_386/Index.aspx">德育活动</a></h4>
</li>
<li class="li2" id="liID102">
  <h4 class="h2" id="hID102"><a target="_self" class="a2" id="aID102" href="/Shaoxingyizhong/Category_102/Index.aspx">博雅讲座</a></h4>
</li>
<li class="li2 last2" id="liID104">
  <h4 class="h2" id="hID104"><a target="_self" class="a2" id="aID104" href="/Shaoxingyizhong/Category_104/Index.aspx">学缘心语</a></h4>
</li>
			</ul></li><li class="li1 hasUl1" id="liID7"><h4 class="h1" id="hID7"><a target="_self" class="a1" id="aID7" href="/Shaoxingyizhong/Category_7/Index.aspx">学科竞赛</a></h4><ul class="ul1" id="ulID7">
				<li class="li2 first2" id="liID72">
  <h4 class="h2" id="hID72"><a target="_self" class="a2" id="aID72" href="/Shaoxingyizhong/Category_72/Index.aspx">信息学竞赛</a></h4>
</li>
<li class="li2" id="liID73">
  <h4 class="h2" id="hID73"><a target="_self" class="a2" id="aID73" href="/Shaoxingyizhong/Category_73/Index.aspx">数学竞赛</a></h4>
</li>
<li class="li2" id="liID74">
  <h4 class="h2" id="hID74"><a target="_self" class="a2" id="aID74" href="/Shaoxingyizhong/Category_74/Index.aspx">物理竞赛</a></h4>
</li>
<li class="li2" id="liID75">
  <h4 class="h2" id="hID75"><a target="_self" class="a2" id="aID75" href="/Shaoxingyizhong/Category_75/Index.aspx">化学竞赛</a></h4>
</li>
<li class="li2" id="liID76">
  <h4 class="h2" id="hID76"><a target="_self" class="a2" id="aID76" href="/Shaoxingyizhong/Category_76/Index.aspx">生物竞赛</a></h4>
</li>
<li class="li2" id="liID373">
  <h4 class="h2" id="hID373"><a target="_self" class="a2" id="aID373" href="/Shaoxingyizhong/Category_373/Index.aspx">天文竞赛</a></h4>
</li>
<li class="li2 last2" id="liID378">
  <h4 class="h2" id="hID378"><a target="_self" class="a2" id="aID378" href="/Shaoxingyizhong/Category_378/Index.aspx">其他竞赛</a></h4>
</li>
			</ul></li><li class="li1 hasUl1" id="liID8"><h4 class="h1" id="hID8"><a target="_self" class="a1" id="aID8" href="/Shaoxingyizhong/Category_8/Index.aspx">教学科研</a></h4><ul class="ul1" id="ulID8">
				<li class="li2 first2" id="liID77">
  <h4 class="h2" id="hID77"><a target="_self" class="a2" id="aID77" href="/Shaoxingyizhong/Category_77/Index.aspx">教研成果</a></h4>
</li>
<li class="li2" id="liID383">
  <h4 class="h2" id="hID383"><a target="_self" class="a2" id="aID383" href="/Shaoxingyizhong/Category_383/Index.aspx">教师成长</a></h4>
</li>
<li class="li2" id="liID387">
  <h4 class="h2" id="hID387"><a target="_self" class="a2" id="aID387" href="/Shaoxingyizhong/Category_387/Index.aspx">教科动态</a></h4>
</li>
<li class="li2 last2" id="liID380">
  <h4 class="h2" id="hID380"><a target="_self" class="a2" id="aID380" href="/Shaoxingyizhong/Category_380/Index.aspx">校际交流</a></h4>
</li>
			</ul></li><li class="li1 last1 hasUl1" id="liID9"><h4 class="h1" id="hID9"><a target="_self" class="a1" id="aID9" href="/Shaoxingyizhong/Category_9/Index.aspx">莘莘学子</a></h4><ul class="ul1" id="ulID9">
				<li class="li2 first2" id="liID98">
  <h4 class="h2" id="hID98"><a target="_self" class="a2" id="aID98" href="/Shaoxingyizhong/Category_98/Index.aspx">学生之星</a></h4>
</li>
<li class="li2" id="liID99">
  <h4 class="h2" id="hID99"><a target="_self" class="a2" id="aID99" href="/Shaoxingyizhong/Category_99/Index.aspx">团学动态</a></h4>
</li>
<li class="li2" id="liID100">
  <h4 class="h2" id="hID100"><a target="_self" class="a2" id="aID100" href="/Shaoxingyizhong/Category_100/Index.aspx">社团风采</a></h4>
</li>
<li class="li2" id="liID103">
  <h4 class="h2" id="hID103"><a target="_self" class="a2" id="aID103" href="/Shaoxingyizhong/Category_103/Index.aspx">艺术教育</a></h4>
</li>
<li class="li2" id="liID105">
  <h4 class="h2" id="hID105"><a target="_self" class="a2" id="aID105" href="/Shaoxingyizhong/Category_105/Index.aspx">校园安全</a></h4>
</li>
<li class="li2" id="liID368">
  <h4 class="h2" id="hID368"><a target="_self" class="a2" id="aID368" href="/Shaoxingyizhong/Category_368/Index.aspx">实践学分</a></h4>
</li>
<li class="li2" id="liID369">
  <h4 class="h2" id="hID369"><a target="_self" class="a2" id="aID369" href="/Shaoxingyizhong/Category_369/Index.aspx">饮水思源</a></h4>
</li>
<li class="li2" id="liID388">
  <h4 class="h2" id="hID388"><a target="_self" class="a2" id="aID388" href="/Shaoxingyizhong/Category_388/Index.aspx">志愿活动</a></h4>
</li>
<li class="li2 last2" id="liID382">
  <h4 class="h2" id="hID382"><a target="_self" class="a2" id="aID382" href="/Shaoxingyizhong/Category_382/Index.aspx">校园活动</a></h4>
</li>
			</ul></li></ul><script type="text/javascript">
			jQuery(function($){
				var navST;
				var name='mainNav';
				var t=200;
				var type='2';
				var removeOn='false';
				var effect='slide';
				var appendItem = '#';
				var li="#"+name+" li";

				if( !$("#"+name+" .li1").hasClass("on1") ){ $("#"+name+" .li1").first().addClass("on1"); } //默认第一个加.on1类
				if(type=='1'){ li="#"+name+" .li1"; }
				if( appendItem!='#'){ //插入内容
				var appendHtml = $(appendItem).html();  $(li).first().append( appendHtml );  $(appendItem).remove(); }

				if(type=='3'){ $("#"+name+" .on1").find("ul").first().show(); }

				$(li).hover(function(){
					var curItem = $(this);
					var onNum = (curItem.attr("class").split(" "))[0].replace("li","");
					$(li).removeClass("on"+onNum); curItem.addClass("on"+onNum);
					navST = setTimeout(function(){//延时触发
					
					if( $("ul:first",curItem).css("display") !="block" ){ $(li+" .ul"+onNum).hide(); 
						if( effect=='fade') $("ul:first",curItem).fadeIn(t);
						else $("ul:first",curItem).slideDown(t);
					};
					navST = null;
					},t);
				}, function(){
					if(navST!=null)clearTimeout(navST);
					if(type=='1' || type=='2'){ 
						if( effect=='fade') $(this).find("ul").first().fadeOut(t); 
						else $(this).find("ul").first().slideUp(t); 
					}
					if (removeOn=='true') {  $(this).removeClass("on1"); }
					},t); //end hover
			});
			</script>
	</div>
</div>

<script>
    var linum=jQuery("#mainNav .li1").length;
    var bfb=1/linum*100;
    jQuery("#mainNav .li1").css({ "width":bfb + '%' });

//(function(w){if(w.screen.availWidth>=1280)document.body.className = 'wrapIn1280';})(window);

</script>


    <div class="banner">        
        <a href="" style="background:url(//images/nopic.gif
) no-repeat center;"></a>
    </div>

<div id="content">
    <div class="siteWidth">
        <div class="side">
            <div id="sideMenu">
        <div class="hd">
        <h3><a href="/Shaoxingyizhong/Category_50/Index.aspx">党建引领</a></h3>
      </div>
	<div class="bd">
		<ul class="">
			<li class="li1 first"><a href="/Shaoxingyizhong/Category_53/Index.aspx">组织架构</a></li>
<li class="li2"><a href="/Shaoxingyizhong/Category_54/Index.aspx">清廉学校</a></li>
<li class="li3 on"><a href="/Shaoxingyizhong/Category_55/Index.aspx">学习专栏</a></li>
<li class="li4"><a href="/Shaoxingyizhong/Category_56/Index.aspx">先锋故事</a></li>
<li class="li5"><a href="/Shaoxingyizhong/Category_58/Index.aspx">课余党校</a></li>
<li class="li6 last"><a href="/Shaoxingyizhong/Category_60/Index.aspx">党建网站</a></li>
		</ul>
	</div>
</div>
	<script type="text/javascript">
		if( jQuery("#sideMenuBox .bd li").size()==0 ){ jQuery("#sideMenuBox").hide() }
	</script>

            <div class="box sideBox">
                <div class="hd">
                    <h3>推荐阅读</h3>
                </div>
                <div class="bd">
                    <ul class="sideinfoList">
                        
            <li class="first"><a href="/Shaoxingyizhong/Item/23442.aspx" target="_blank" title="标题：每周一学（2026年6月11日-6月18日）中组部召开基层党建工作重点任务推进会&#xD;点击数：7&#xD;发表时间：2026年06月11日">每周一学（2026年6月11日-6月18日）中组部召开基层党建工…</a><span class="dateRight">[06-11]</span></li><li><a href="/Shaoxingyizhong/Item/23330.aspx" target="_blank" title="标题：每周一学（2026年6月1日-6月7日）义乌发展经验&#xD;点击数：13&#xD;发表时间：2026年06月01日">每周一学（2026年6月1日-6月7日）义乌发展经验</a><span class="dateRight">[06-01]</span></li><li><a href="/Shaoxingyizhong/Item/23180.aspx" target="_blank" title="标题：每周一学（2026年5月11日-5月17日）以更大力度更实举措加强基础研究 进一步打牢科技强国建设根基&#xD;点击数：24&#xD;发表时间：2026年05月11日">每周一学（2026年5月11日-5月17日）以更大力度更实举措加…</a><span class="dateRight">[05-11]</span></li><li><a href="/Shaoxingyizhong/Item/23272.aspx" target="_blank" title="标题：每周一学（2026年5月25日-5月31日）新时代共产党人干事业、创政绩的科学指南&#xD;点击数：15&#xD;发表时间：2026年05月25日">每周一学（2026年5月25日-5月31日）新时代共产党人干事业…</a><span class="dateRight">[05-25]</span></li><li><a href="/Shaoxingyizhong/Item/23443.aspx" target="_blank" title="标题：每周一学（2026年4月27日-5月3日）认认真真、扎扎实实开展树立和践行正确政绩观学习教育&#xD;点击数：2&#xD;发表时间：2026年04月27日">每周一学（2026年4月27日-5月3日）认认真真、扎扎实实开…</a><span class="dateRight">[04-27]</span></li><li><a href="/Shaoxingyizhong/Item/23440.aspx" target="_blank" title="标题：每周一学（2026年6月29日-7月5日）把党的政治建设作为党的根本性建设&#xD;点击数：12&#xD;发表时间：2026年06月29日">每周一学（2026年6月29日-7月5日）把党的政治建设作为党…</a><span class="dateRight">[06-29]</span></li><li class="last"><a href="/Shaoxingyizhong/Item/23163.aspx" target="_blank" title="标题：每周一学（2026年5月4日-5月10日）着力提高防范应对自然灾害能力 切实维护人民群众生命财产安全&#xD;点击数：20&#xD;发表时间：2026年05月07日">每周一学（2026年5月4日-5月10日）着力提高防范应对自然…</a><span class="dateRight">[05-07]</span></li>
          
                    </ul>
                </div>
            </div>
        </div>
        <!-- mainContent S -->
        <div class="mainContent">
            <div class="mainBox">
                <div class="mHd">
                    <div class="path"><span>当前位置：</span><a href="/Shaoxingyizhong/">首页</a> &gt; 
    
    
    <a href="/Shaoxingyizhong/Category_50/Index.aspx" target="_self">党建引领</a>&gt;
    <a href="/Shaoxingyizhong/Category_55/Index.aspx" target="_self">学习专栏</a></div>
                    <h3>学习专栏</h3>
                </div>
                <div class="mBd">
                    <!-- 正文内容 S -->
                    <!--startprint-->
                    <div class="printArea">
                        <!-- 标题 -->
                        <h2 class="title">习近平：在北京大学师生座谈会上的讲话</h2>
                        <!-- 副标题 -->
                        <h3 class="subTitle"><span></span></h3>
                        <script>
                        $(".Subheading span:empty").parent().hide()
                        </script>
                        <div class="property"> <span>文章来源：本站原创</span> <span>作者：佚名</span> <span>发布时间：2018年05月14日</span> <span>点击数：
    <script language="JavaScript" type="text/JavaScript" src="/Shaoxingyizhong/Common/GetHits.aspx?id=8540"></script>
    次</span>  <span><span id="content_AdminEdit"></span>
<script type="text/javascript">
$(document).ready(function()
{
    $.pe.ajax('admineditcheck',{params:{itemId:8540},success:function(s) {
        if ($(s).find('status').text() == 'OK') {
            var managedir = "/Common/GetContentEdit.aspx?itemId=8540";
           $("#content_AdminEdit").html("【<a href='" + managedir + "' target='_blank'>进入后台编辑</a>】")
        }
    }});
});
</script></span> </div>
                        <div class="conTxt"> 
      
     <p style="TEXT-ALIGN: center"></p><p class="photo_title" style="TEXT-ALIGN: left">　　5月2日，中共中央总书记、国家主席、中央军委主席习近平来到北京大学考察。这是习近平同北京大学师生座谈并发表重要讲话。新华社记者 李涛 摄</p><p style="TEXT-ALIGN: center"><strong>在北京大学师生座谈会上的讲话</strong></p><p style="TEXT-ALIGN: center">（2018年5月2日）</p><p style="TEXT-ALIGN: center">习近平</p><p>各位同学，各位老师，同志们：</p><p>　　今天，有机会同大家一起座谈，感到非常高兴。再过两天，就是五四青年节，也是北大建校120周年校庆日。首先，我代表党中央，向北大全体师生员工和海内外校友，向全国各族青年，向全国青年工作者，致以节日的问候！</p><p>　　近年来，北大继承光荣传统，坚持社会主义办学方向，立德树人成果丰硕，双一流建设成效显著，服务经济社会发展成绩突出，学校发展思路清晰，办学实力和影响力显著增强，令人欣慰。</p><p>　　五四运动源于北大，爱国、进步、民主、科学的五四精神始终激励着北大师生同人民一起开拓、同祖国一起奋进。青春理想，青春活力，青春奋斗，是中国精神和中国力量的生命力所在。今天，在实现中华民族伟大复兴新征程上，北大师生应该继续发扬五四精神，为民族、为国家、为人民作出新的更大的贡献。</p><p>　　从五四运动到中国特色社会主义进入新时代，中华民族迎来了从站起来、富起来到强起来的伟大飞跃。这在中华民族发展史上、在人类社会发展史上都是划时代的。</p><p>　　我在党的十九大报告中提出了我国发展的战略安排，这就是：到2020年全面建成小康社会，到2035年基本实现社会主义现代化，到本世纪中叶把我国建成富强民主文明和谐美丽的社会主义现代化强国。广大青年生逢其时，也重任在肩。我说过，中华民族伟大复兴，绝不是轻轻松松、敲锣打鼓就能实现的，我们必须准备付出更为艰巨、更为艰苦的努力。广大青年要成为实现中华民族伟大复兴的生力军，肩负起国家和民族的希望。</p><p>　　每一代青年都有自己的际遇和机缘。我记得，1981年北大学子在燕园一起喊出“团结起来，振兴中华”的响亮口号，今天我们仍然要叫响这个口号，万众一心为实现中国梦而奋斗。广大青年既是追梦者，也是圆梦人。追梦需要激情和理想，圆梦需要奋斗和奉献。广大青年应该在奋斗中释放青春激情、追逐青春理想，以青春之我、奋斗之我，为民族复兴铺路架桥，为祖国建设添砖加瓦。</p><p>　　同学们、老师们！</p><p>　　近代以来我国历史告诉我们，只有社会主义才能救中国，只有中国特色社会主义才能发展中国，才能实现中华民族伟大复兴。坚持好、发展好中国特色社会主义，把我国建设成为社会主义现代化强国，是一项长期任务，需要一代又一代人接续奋斗。我们的今天就是这样走过来的，我们的明天需要青年人接着奋斗下去，一代接着一代不断前进。</p><p>　　教育兴则国家兴，教育强则国家强。高等教育是一个国家发展水平和发展潜力的重要标志。今天，党和国家事业发展对高等教育的需要，对科学知识和优秀人才的需要，比以往任何时候都更为迫切。我在党的十九大报告中提出要“加快一流大学和一流学科建设，实现高等教育内涵式发展”。当前，我国高等教育办学规模和年毕业人数已居世界首位，但规模扩张并不意味着质量和效益增长，走内涵式发展道路是我国高等教育发展的必由之路。</p><p>　　大学是立德树人、培养人才的地方，是青年人学习知识、增长才干、放飞梦想的地方。借此机会，我想就学校培养什么样的人、怎样培养人，同各位同学和老师交流一下看法。</p><p>　　我先给一个明确答案，就是我们的教育要培养德智体美全面发展的社会主义建设者和接班人。前不久，我在十三届全国人大第一次会议上向全体代表讲过：“中国人民的特质、禀赋不仅铸就了绵延几千年发展至今的中华文明，而且深刻影响着当代中国发展进步，深刻影响着当代中国人的精神世界。”我讲到中国人民的伟大创造精神、伟大奋斗精神、伟大团结精神、伟大梦想精神。这种伟大精神是一代一代中华儿女创造和积淀出来的，也需要一代一代传承下去。</p><p>　　“国势之强由于人，人材之成出于学。”培养社会主义建设者和接班人，是我们党的教育方针，是我国各级各类学校的共同使命。大学对青年成长成才发挥着重要作用。高校只有抓住培养社会主义建设者和接班人这个根本才能办好，才能办出中国特色世界一流大学。为此，有3项基础性工作要抓好。</p><p>　　第一，坚持办学正确政治方向。《礼记·大学》说：“大学之道，在明明德，在亲民，在止于至善。”古今中外，关于教育和办学，思想流派繁多，理论观点各异，但在教育必须培养社会发展所需要的人这一点上是有共识的。培养社会发展所需要的人，说具体了，就是培养社会发展、知识积累、文化传承、国家存续、制度运行所要求的人。所以，古今中外，每个国家都是按照自己的政治要求来培养人的，世界一流大学都是在服务自己国家发展中成长起来的。我国社会主义教育就是要培养社会主义建设者和接班人。</p><p>　　马克思主义是我们立党立国的根本指导思想，也是我国大学最鲜亮的底色。今年是马克思诞辰200周年，在世界人民心目中马克思至今依然是最伟大的思想家。中国共产党的主要创始人和一些早期著名活动家，正是在北大工作或学习期间开始阅读马克思主义著作、传播马克思主义的，并推动了中国共产党的建立。这是北大的骄傲，也是北大的光荣。要抓好马克思主义理论教育，深化学生对马克思主义历史必然性和科学真理性、理论意义和现实意义的认识，教育他们学会运用马克思主义立场观点方法观察世界、分析世界，真正搞懂面临的时代课题，深刻把握世界发展走向，认清中国和世界发展大势，让学生深刻感悟马克思主义真理力量，为学生成长成才打下科学思想基础。要坚持不懈培育和弘扬社会主义核心价值观，引导广大师生做社会主义核心价值观的坚定信仰者、积极传播者、模范践行者。要把中国特色社会主义道路自信、理论自信、制度自信、文化自信转化为办好中国特色世界一流大学的自信。只要我们在培养社会主义建设者和接班人上有作为、有成效，我们的大学就能在世界上有地位、有话语权。</p><p>　　“才者，德之资也；德者，才之帅也。”人才培养一定是育人和育才相统一的过程，而育人是本。人无德不立，育人的根本在于立德。这是人才培养的辩证法。办学就要尊重这个规律，否则就办不好学。要把立德树人的成效作为检验学校一切工作的根本标准，真正做到以文化人、以德育人，不断提高学生思想水平、政治觉悟、道德品质、文化素养，做到明大德、守公德、严私德。要把立德树人内化到大学建设和管理各领域、各方面、各环节，做到以树人为核心，以立德为根本。</p><p>　　第二，建设高素质教师队伍。人才培养，关键在教师。教师队伍素质直接决定着大学办学能力和水平。建设社会主义现代化强国，需要一大批各方面各领域的优秀人才。这对我们教师队伍能力和水平提出了新的更高的要求。同样，随着信息化不断发展，知识获取方式和传授方式、教和学关系都发生了革命性变化。这也对教师队伍能力和水平提出了新的更高的要求。</p><p>　　建设政治素质过硬、业务能力精湛、育人水平高超的高素质教师队伍是大学建设的基础性工作。要从培养社会主义建设者和接班人的高度，考虑大学师资队伍的素质要求、人员构成、培训体系等。高素质教师队伍是由一个一个好老师组成的，也是由一个一个好老师带出来的。2014年教师节时我同北京师范大学的师生代表座谈时就如何做一名好老师提出了4点要求，即：要有理想信念、有道德情操、有扎实学识、有仁爱之心。我今天再强调一下。</p><p>　　古人说：“师者，人之模范也。”在学生眼里，老师是“吐辞为经、举足为法”，一言一行都给学生以极大影响。教师思想政治状况具有很强的示范性。要坚持教育者先受教育，让教师更好担当起学生健康成长指导者和引路人的责任。</p><p>　　评价教师队伍素质的第一标准应该是师德师风。师德师风建设应该是每一所学校常抓不懈的工作，既要有严格制度规定，也要有日常教育督导。我们的教师队伍师德师风总体是好的，绝大多数老师都敬重学问、关爱学生、严于律己、为人师表，受到学生尊敬和爱戴。同时，也要看到教师队伍中存在的一些问题。对出现的问题，我们要高度重视，认真解决。要引导教师把教书育人和自我修养结合起来，做到以德立身、以德立学、以德施教。</p><p>　　第三，形成高水平人才培养体系。“凿井者，起于三寸之坎，以就万仞之深。”社会主义建设者和接班人，既要有高尚品德，又要有真才实学。学生在大学里学什么、能学到什么、学得怎么样，同大学人才培养体系密切相关。目前，我国大学硬件条件都有很大改善，有的学校的硬件同世界一流大学比没有太大差别了，关键是要形成更高水平的人才培养体系。人才培养体系必须立足于培养什么人、怎样培养人这个根本问题来建设，可以借鉴国外有益做法，但必须扎根中国大地办大学。</p><p>　　人才培养体系涉及学科体系、教学体系、教材体系、管理体系等，而贯通其中的是思想政治工作体系。加强党的领导和党的建设，加强思想政治工作体系建设，是形成高水平人才培养体系的重要内容。要坚持党对高校的领导，坚持社会主义办学方向，把我们的特色和优势有效转化为培养社会主义建设者和接班人的能力。</p><p>　　当今世界，科学技术迅猛发展。大学要瞄准世界科技前沿，加强对关键共性技术、前沿引领技术、现代工程技术、颠覆性技术的攻关创新。要下大气力组建交叉学科群和强有力的科技攻关团队，加强学科之间协同创新，加强对原创性、系统性、引领性研究的支持。要培养造就一大批具有国际水平的战略科技人才、科技领军人才、青年科技人才和高水平创新团队，力争实现前瞻性基础研究、引领性原创成果的重大突破。</p><p>　　同学们、老师们！</p><p>　　当代青年是同新时代共同前进的一代。我们面临的新时代，既是近代以来中华民族发展的最好时代，也是实现中华民族伟大复兴的最关键时代。广大青年既拥有广阔发展空间，也承载着伟大时代使命。青年是国家的希望、民族的未来。我衷心希望每一个青年都成为社会主义建设者和接班人，不辱时代使命，不负人民期望。对广大青年来说，这是最大的人生际遇，也是最大的人生考验。</p><p>　　2014年我来北大同师生代表座谈时对广大青年提出了具有执着的信念、优良的品德、丰富的知识、过硬的本领这4点要求。借此机会，我再给广大青年提几点希望。</p><p>　　一是要爱国，忠于祖国，忠于人民。爱国，是人世间最深层、最持久的情感，是一个人立德之源、立功之本。孙中山先生说，做人最大的事情，“就是要知道怎么样爱国”。我们常讲，做人要有气节、要有人格。气节也好，人格也好，爱国是第一位的。我们是中华儿女，要了解中华民族历史，秉承中华文化基因，有民族自豪感和文化自信心。要时时想到国家，处处想到人民，做到“利于国者爱之，害于国者恶之”。爱国，不能停留在口号上，而是要把自己的理想同祖国的前途、把自己的人生同民族的命运紧密联系在一起，扎根人民，奉献国家。</p><p>　　二是要励志，立鸿鹄志，做奋斗者。苏轼说：“古之立大事者，不惟有超世之才，亦必有坚忍不拔之志。”王守仁说：“志不立，天下无可成之事。”可见，立志对一个人的一生具有多么重要的意义。广大青年要培养奋斗精神，做到理想坚定，信念执着，不怕困难，勇于开拓，顽强拼搏，永不气馁。幸福都是奋斗出来的，奋斗本身就是一种幸福。1939年5月，毛泽东同志在延安庆贺模范青年大会上说：“中国的青年运动有很好的革命传统，这个传统就是‘永久奋斗’。我们共产党是继承这个传统的，现在传下来了，以后更要继续传下去。”为实现中华民族伟大复兴的中国梦而奋斗，是我们人生难得的际遇。每个青年都应该珍惜这个伟大时代，做新时代的奋斗者。</p><p>　　三是要求真，求真学问，练真本领。“玉不琢，不成器；人不学，不知道。”知识是每个人成才的基石，在学习阶段一定要把基石打深、打牢。学习就必须求真学问，求真理、悟道理、明事理，不能满足于碎片化的信息、快餐化的知识。要通过学习知识，掌握事物发展规律，通晓天下道理，丰富学识，增长见识。人的潜力是无限的，只有在不断学习、不断实践中才能充分发掘出来。建设社会主义现代化强国，发展是第一要务，创新是第一动力，人才是第一资源。希望广大青年珍惜大好学习时光，求真学问，练真本领，更好为国争光、为民造福。</p><p>　　四是要力行，知行合一，做实干家。“纸上得来终觉浅，绝知此事要躬行。”学到的东西，不能停留在书本上，不能只装在脑袋里，而应该落实到行动上，做到知行合一、以知促行、以行求知，正所谓“知者行之始，行者知之成”。每一项事业，不论大小，都是靠脚踏实地、一点一滴干出来的。“道虽迩，不行不至；事虽小，不为不成。”这是永恒的道理。做人做事，最怕的就是只说不做，眼高手低。不论学习还是工作，都要面向实际、深入实践，实践出真知；都要严谨务实，一分耕耘一分收获，苦干实干。广大青年要努力成为有理想、有学问、有才干的实干家，在新时代干出一番事业。我在长期工作中最深切的体会就是：社会主义是干出来的。</p><p>　　同学们、老师们！</p><p>　　辛弃疾在一首词中写道：“乘风好去，长空万里，直下看山河。”我说过：“中国梦是历史的、现实的，也是未来的；是我们这一代的，更是青年一代的。中华民族伟大复兴的中国梦终将在一代代青年的接力奋斗中变为现实。”新时代青年要乘新时代春风，在祖国的万里长空放飞青春梦想，以社会主义建设者和接班人的使命担当，为全面建成小康社会、全面建设社会主义现代化强国而努力奋斗，让中华民族伟大复兴在我们的奋斗中梦想成真！</p>
    
    </div><!--endprint-->
                        <div class="userControl">
                            <a href="javascript:doPrint()">【打印正文】</a>
    
                        </div>

                        <div class="others">
                            <div class="prev"><span>上一篇：</span><a href="/Shaoxingyizhong/Item/8538.aspx" target="_self" title="标题：纪念马克思&amp;nbsp;习近平这样说&#xD;点击数：14&#xD;发表时间：18年05月14日">纪念马克思 习近平这样说</a>[ 05-14 ]</div>
                            <div class="next"><span>下一篇：</span><a href="/Shaoxingyizhong/Item/8571.aspx" target="_self" title="标题：习近平总书记送给劳动者的“暖心”话语&#xD;点击数：14&#xD;发表时间：18年05月17日">习近平总书记送给劳动者的“暖心”话语</a>[ 05-17 ]</div>
                        </div>
                    </div>

                    <!-- 正文内容 E -->
                </div>
            </div>
        </div>
        <!-- mainContent E -->
    </div>
</div>
<!--content-->

<!-- footer S -->
<div id="footer">
  <div class="siteWidth">

      <div class="logo"><img src="/Shaoxingyizhong/Template/Default/Skin/erms/img/footlogo.png" /></div>

      <ul class="footerNav">
        <li class="li1 first"><a href="/Shaoxingyizhong/Category_13/Index_1.aspx">网站地图</a></li>
<li class="spe">|</li>
<li class="li2"><a target="_blank" href="http://10.176.17.2:8080/">怀旧网站</a></li>
<li class="spe">|</li>
<li class="li3"><a target="_blank" href="http://www.sxyz.net/">学校外网</a></li>
<li class="spe">|</li>
<li class="li4"><a href="/Shaoxingyizhong/Category_109/Index.aspx">校长信箱</a></li>
<li class="spe">|</li>
<li class="li5 last"><a href="/Shaoxingyizhong/Category_110/Index.aspx">反馈意见</a></li>
      </ul>

      <div class="copyRight"><p>绍兴市第一中学 版权所有 Copyright © SXYZ.NET All Rights Reserved.<br style="color: rgb(102, 102, 102); font-family: Arial, 宋体; font-size: 13.3333px; white-space: normal; background-color: rgb(255, 255, 255);">地址：绍兴市站前大道1898号 电话&amp;传真：0575-85173853</p><p><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33060202000394" target="_blank"><img src="/Shaoxingyizhong/Template/Default/Skin/images/ga.png" >浙公网安备 33060202000394号</a> ICP证：浙ICP备14042003号-1</p><p><br></p></div>

      <a class="dw" target="_blank" href="http://bszs.conac.cn/sitename?method=show&id=06F2CAD4909B067AE053012819AC8596"><img src="/Shaoxingyizhong/Template/Default/Skin/erms/img/blue.png" /></a>
      <img class="wx" src="/Shaoxingyizhong/Template/Default/Skin/erms/img/weixin.png" />
      <img class="xcxewm" src="/Shaoxingyizhong/Template/Default/Skin/erms/img/xcxewm.png" />
  </div>  
</div>
<!-- footer E -->







<script>
jQuery(".conTxt p:has(img), .conTxt td:has(img)").addClass("center");
</script>

<script>
        function doPrint() { 
            bdhtml=window.document.body.innerHTML; //获取当前页的html代码
            sprnstr="<!--startprint-->"; //设置打印开始区域
            eprnstr="<!--endprint-->";//设置打印结束区域
            prnhtml=bdhtml.substr(bdhtml.indexOf(sprnstr)+17);//从开始代码向后取html
            prnhtml=prnhtml.substring(0,prnhtml.indexOf(eprnstr));//从结束代码向前取html
            window.document.body.innerHTML=prnhtml;
            window.print();
        }
    </script>


</body>

</html>