
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="UTF-8">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta content="绍兴市第一中学" name="Keywords" />
    <meta content="绍兴市第一中学" name="Description" />
    <title>马卫光书记在2018年干部教育培训秋季学期开学典礼上的讲话--学习专栏-绍兴市第一中学</title>
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
                        <h2 class="title">马卫光书记在2018年干部教育培训秋季学期开学典礼上的讲话</h2>
                        <!-- 副标题 -->
                        <h3 class="subTitle"><span></span></h3>
                        <script>
                        $(".Subheading span:empty").parent().hide()
                        </script>
                        <div class="property"> <span>文章来源：本站原创</span> <span>作者：佚名</span> <span>发布时间：2018年09月05日</span> <span>点击数：
    <script language="JavaScript" type="text/JavaScript" src="/Shaoxingyizhong/Common/GetHits.aspx?id=8981"></script>
    次</span>  <span><span id="content_AdminEdit"></span>
<script type="text/javascript">
$(document).ready(function()
{
    $.pe.ajax('admineditcheck',{params:{itemId:8981},success:function(s) {
        if ($(s).find('status').text() == 'OK') {
            var managedir = "/Common/GetContentEdit.aspx?itemId=8981";
           $("#content_AdminEdit").html("【<a href='" + managedir + "' target='_blank'>进入后台编辑</a>】")
        }
    }});
});
</script></span> </div>
                        <div class="conTxt"> 
      
     <P class=MsoNormal style="TEXT-ALIGN: center; MARGIN: 0cm 0cm 0pt" align=center><B><SPAN style='FONT-SIZE: 22pt; FONT-FAMILY: 宋体; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-hansi-font-family: "Times New Roman"'>在</SPAN></B><B><SPAN lang=EN-US style="FONT-SIZE: 22pt; COLOR: black">2018</SPAN></B><B><SPAN style='FONT-SIZE: 22pt; FONT-FAMILY: 宋体; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-hansi-font-family: "Times New Roman"'>年干部教育培训秋季学期开学典礼</SPAN></B><B><SPAN style='FONT-SIZE: 22pt; FONT-FAMILY: 宋体; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-hansi-font-family: "Times New Roman"; mso-bidi-font-family: 宋体'>上的讲话提纲</SPAN></B><B><SPAN lang=EN-US style="FONT-SIZE: 22pt; COLOR: black; mso-bidi-font-family: 宋体"><?xml:namespace prefix = "o" ns = "urn:schemas-microsoft-com:office:office" /><o:p></o:p></SPAN></B></P>
<P class=MsoNormal style="TEXT-ALIGN: center; MARGIN: 0cm 0cm 0pt" align=center><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>（</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">2018</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>年</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">9</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>月</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">3</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>日）</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="TEXT-ALIGN: center; MARGIN: 0cm 0cm 0pt" align=center><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>马卫光</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 黑体"><o:p> </o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>同志们：</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.25pt"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>市委党校</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">2018</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>年秋季学期今天开学了。接下来的一段时间，大家将在党校学习政策理论、进行党性锻炼。在座各位都是绍兴干部队伍中的骨干，你们的理论素养、业务能力、精神状态如何，很大程度上也能带动和影响全市整个干部队伍。市委对此非常重视，晓光同志邀请我参加你们的开学典礼，我也是欣然答应，借这个机会来和大家作个交流。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.25pt"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>今年是改革开放</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">40</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>周年、“八八战略”实施</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">15</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>周年，在我国、我省发展历史上都具有特殊意义。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">7</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>月</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">8</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>日，习近平总书记对浙江工作作出重要指示；</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">7</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>月</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">16</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>日，省委车俊书记在县委书记工作交流会上强调，“要在全省来一次思想再解放、思想真解放，以思想大解放和行动大担当推动“八八战略”再深化、改革开放再出发，决不辜负总书记‘干在实处永无止境，走在前列要谋新篇，勇立潮头方显担当’的新期望。”一个多月时间以来，全市各级各部门认真贯彻省委、市委部署要求，深入学习贯彻习近平总书记对浙江工作重要指示精神，广泛开展大学习大研讨，在全市上下持续兴起了学习贯彻的热潮，取得了明显成效。当然，这还是初步的，我们要结合常态化开展“大学习大调研大抓落实”活动，不断把学习贯彻引向深入，真正做到以思想大解放、行动大担当推动事业大发展。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.25pt"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>解放思想，始终是我们党一以贯之的思想路线。每当我们处于革命、建设或改革的关键期，都是通过思想解放来廓清认识误区，引领发展潮流。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">1941</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>年，以延安整风运动为标志，通过思想解放，破除了主观主义和教条主义的蒙蔽，为夺取抗日战争胜利奠定了思想基础。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">1958</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>年，毛主席再次号召“开动脑筋，使思想活泼起来”，通过思想解放指导创造性地开展工作，引领社会主义建设取得了重大的成就。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">1978</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>年，以真理标准问题大讨论为标志，通过思想解放，冲破</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>了“两个凡是”的禁区</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>，开启了我国改革开放的伟大历程。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">1992</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>年，以邓小平同志南</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>方谈话为标志，通过思想解放，消除了姓“社”还是姓“资”、“计划与市场”等疑虑</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>，掀起了我国改革开放的第二次</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>浪潮。党的十八大以来，以习近平同志为核心的党中央紧紧扭住解放思想这个“总开关”，团结带领全党全国人民砥砺奋进、攻坚克难，推动党和国家事业取得历史性成就、发生历史性变革，进入了中国特色社会主义新时代。回顾历史，中国共产党人始终坚持以解放思想指导工作实践、引领中国发展，谱写了独具时代风采的中国故事。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.25pt"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>勇于担当，是我们党从历史中继承的优秀品质，是党的先进性的重要体现。习近平总书记对于新时代干部的担当精神、担当意识高度重视，反复强调：“进行伟大斗争、建设伟大工程、推进伟大事业、实现伟大梦想，要靠干部担当作为”“有多大担当才能干多大事业，尽多大责任才会有多大成就”。就绍兴而言，改革</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>开放</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">40</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>年来，也正是因为各级干部敢闯敢冒、敢于担当，全市</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>上下锐意变革、积极进取，才克服了一个又一个难关，以并不占优的国土面积、资源能源等，创造了经济社会发展的领先优势。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.25pt"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>总之，无论从全国还是绍兴来看，无论是从历史还是当下来看，我们改革发展的的历程，某种意义上就是一部思想解放、行动担当的历史。可以说，没有思想大解放、行动大担当，就不会有改革的大突破，也不会有事业的大发展。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.25pt"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>下面，我围绕“思想大解放、行动大担当”这一主题，重点讲</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">4</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>点意见，与大家作个交流。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 黑体; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-hansi-font-family: "Times New Roman"'>一、深入学习贯彻习近平总书记对浙江工作的重要指示精神，深刻认识思想大解放、行动大担当的现实意义</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 黑体"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>习近平总书记对浙江工作的重要指示，大家都已原原本本学习过，饱含着对浙江的深厚感情、对浙江工作的殷切期待、对浙江干部群众的关心关爱，为新时代浙江改革发展标注了新起点、提供了新机遇、注入了新动力。习近平总书记赋予浙江“干在实处永无止境，走在前列要谋新篇，勇立潮头方显担当”的新期望，其中</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt; mso-bidi-language: AR'>“干在实处永无止境”是方法路径，“走在前列要谋新篇”是目标追求，“勇立潮头方显担当”是状态境界，</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>这三句话与思想大解放、行动大担当高度契合。我们要结合学习贯彻习近平总书记对浙江工作的重要指示精神，进一步提高站位，深刻认识思想大解放、行动大担当的现实意义。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>、这是践行</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 楷体_GB2312'>“干在实处永无止境”</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>的内在要求</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>。干在实处永无止境，要求我们在新起点上自我加压，撸起袖子加油干，这就必须进一步解放思想、担当实干。思想大解放、行动大担当不是胡思乱想，而是要有扎扎实实的根基，紧密联系实际，尊重客观规律。作为干部，不能整天坐在办公室里遥控指挥，要到基层去、到企业去、到群众中间去了解掌握第一手信息，去呼吸一些“新鲜空气”，为做决策、出政策提供重要参考。思想大解放、行动大担当不是坐而论道，关键是一个“干”字，既要做好应该干的事、力所能及的事，也要敢做没有做过的事、难做的事，还要能干会干，把“分内事”做出高水平，缺了这个“干”字，思想大解放就会变成空想，行动大担当就会变成空话。思想大解放、行动大担当也不是见好就收，它的要求是“永无止境”，就是要以永远在路上的执着一干到底，现在各地竞争十分激烈，一步落后就会步步落后，我们必须苦干实干快干，不获全胜决不收兵。</SPAN><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 楷体_GB2312; mso-font-kerning: 0pt; mso-bidi-language: AR">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt; mso-bidi-language: AR'>、这是实</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 楷体_GB2312; mso-font-kerning: 0pt; mso-bidi-language: AR'>现“走在前列要谋新篇”的必然要求</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>。走在前列要谋新篇，要求我们在新起点上不断取得新突破、新业绩，这实际上就是要与时俱进，继续争当前哨先锋。市第八次党代会提出，绍兴要确保全省第二方阵“排头兵”地位，奋力向第一方阵全面进发；市委八届三次全会提出，坚持对标提标、奋勇争先、加快赶超，使绍兴综合实力早日重回全国“</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312">30</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>强”。现在的发展形势迫切要求我们进一步解放思想、拓宽视野，跳出绍兴看绍兴，放在更加广阔的背景中来观察、认识和思考，在全省乃至全国范围找坐标、定标杆，以海纳百川的胸襟和自我革新的勇气，以“功成不必在我”的境界和“功成必定有我”的坚毅，不断研究新情况、提出新举措、解决新问题、实行新发展。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 楷体_GB2312; mso-font-kerning: 0pt; mso-bidi-language: AR">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt; mso-bidi-language: AR'>、这是展示</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 楷体_GB2312; mso-font-kerning: 0pt; mso-bidi-language: AR'>“勇立潮头方显担当”的根本要求</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>。勇立潮头方显担当，要求我们在新起点上扛起新使命，追求新时代的大担当、大作为。这是推动思想大解决、行动大担当的和新要求和根本目的之所在。习近平总书记曾说：“弄潮儿向涛头立，手把红旗旗不湿”，它体现的是弄潮儿与大自然奋勇拼搏的大无畏精神。“勇立潮头”就是要始终立在时代大潮的潮头，敢做弄潮儿，要做到“勇”，就是要强化竞争意识、主动意识，放得开、冲得出，敢于破除条条框框的限制，善于抢抓机遇、“无中生有”，牢牢把握发展主动权。要做到“立”，就是要强化定力、提升能力，急事难事担得起、稳得住，发扬钉钉子精神，把定下的事情一步一步抓到底、抓到位、抓出成效。</SPAN><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 黑体; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-hansi-font-family: "Times New Roman"'>二、以思想大解放打开工作大格局，切实破除阻碍发展的思想症结问题</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 黑体"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>绍兴的干部队伍总体上是好的，有思想、有智慧、有活力、有担当。但也有一些干部的思想意识、担当能力，还没有很好地跟上形势发展和社会变化。比如，有的基层干部主动意识不强，面对上级部署的任务“等一等、看一看”；有的创新精神不足，习惯于“老手势、老办法”；有的自我要求不高，奉行“差不多就可以了”；有的担当精神不强，“怕问责、怕丢官”，等等，表现形式各有不同，概括起来重点要破除四个方面问题：</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>、着力</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 楷体_GB2312'>破除依赖</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>思想</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>。</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>这种思想表现在具体工作中，就是“等靠要”，遇到困难就“伸手”往上面要人要钱要政策，主动性、攻坚性不强，做事拖拖拉拉，节奏慢、效率低。现在绍兴面临标兵渐远、追兵渐近的态势，以经济指标为例，除了杭宁温，过去一直在我们身后的嘉兴、台州、金华，现在咬得越来越紧，我们全省“老四”的位置岌岌可危，尤其是嘉兴，今年</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>上半年财政总收入已经超过我们近</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312">100</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>亿元（</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>嘉兴</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">547</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>亿、绍兴</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">453</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>亿</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>），</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>而且嘉兴去年还获批设立了浙江省全面接轨上海示范区，发展的后劲很足。江苏泰州过去与绍兴差距比较大，今年把我们列为对标城市，上半年</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312">GDP</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>达到</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312">2508</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>亿元、增长</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312">7.3%</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>（</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>绍兴</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">2538</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>亿、增长</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">6.8%</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>）。在这样的形势下，我们一定要树立强烈的危机感、紧迫感，绝不能再“等靠要”，更不能坐井观天、盲目乐观。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>、着力</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 楷体_GB2312'>破除习惯思维</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>。</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>我们的一些干部，长期以来形成了一套固化、僵化的思维模式，因循守旧、按部就班，满足于老手势、老经验、老办法，习惯于老一套、旧框框，创新意识不强、干事动力不足。有的干部看上去穿上了“新鞋”，但下脚走的仍是“老路”；有的干部动不动就问原来是怎么做的、惯例是怎么做的；有的干部稍微遇到点新问题就一筹莫展，提不出对策建议，等着上级给他出点子、拿主意。比如，对发展模式的“路径依赖”，守着长期以来粗放型的发展模式不放，下不了改变的决心；对政府有形之手的“权力依赖”，习惯于用行政命令去指导推动工作，没有认真思考如何充分发挥市场这只“无形之手”的作用，去激发调动市场的活力；对招商引资的“方法依赖”，脱不了拼优惠、拼资源的旧套路，没有从环境、服务等方面去着手。希望大家不断开拓眼界，增强创新意识，跳出现有的格局，努力创造发展的新天地。</SPAN><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312"><o:p></o:p></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>、着力</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 楷体_GB2312'>破除的</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>应付思想</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>。</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>胡适先生曾写过一篇《差不多先生传》，讽刺当时社会上那些处事不认真的人，书中的“差不多先生”样样事情看得破、想得通，“凡事只要差不多就好了”。这在我们干部队伍中也有所体现，一些干部对自己要求松，工作标准低，凡事满足于应付了事，口头禅是“基本上”“好像是”“还可以”，缺乏那种较真的态度、进取的精神。比如，有的干部落实上级部署要求，觉得会也开过了，文件也发过了，就算是完成任务、万事大吉了；有的干部抓一些具体工作，觉得已经有几个点可以看看了、有几句话可以总结了，就算是抓到位、有交待了；有的干部把思路当成绩、虚报浮夸，不讲真话、不说实情，唱功好、做功差，不抓落实、不想落实。等等。这些归根到底，是责任心、进取心不强的表现。大家主政一方或一个领域，负责一个方面的工作，这是组织上赋予的平台，是群众对我们的信任，一定要有使命感、荣誉感，真正把各自工作抓实抓好，进位晋级。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">4</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>、</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 楷体_GB2312'>着力破除</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>推诿思想</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>。</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312'>当干部就要承担起当干部的责任。我们的干部中有一些人奉行好人主义，不敢批评、不愿批评，不敢负责、不愿负责，只栽花不种刺，上捧下拉、左右逢源，搞无原则的一团和气，满足于当“太平官”“逍遥官”；有的身居其位不谋其政，求稳怕乱，遇到矛盾绕道走，推诿扯皮、敷衍塞责，使小事情拖大、大事情拖炸；有的对新事物有着与生俱来的畏惧，对要冒点风险的事从来不干，一看到“问责”两个字就宁可不干事；有的干部凡事都要会议纪要，甚至有了纪要还要推三阻四，变着法子兜圈子；有的干部对重大突发事件，既不敏感，又不作为，能躲则躲、能捂则捂。这些现象是不担当的典型表现，也是中央、省委和市委反复强调、坚决反对的，希望大家都能认真对待、对号入座，有则改之、无则加勉，真正担当起该担当的责任。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 黑体; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-hansi-font-family: "Times New Roman"'>三、以</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 黑体; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-hansi-font-family: "Times New Roman"; mso-bidi-font-family: 黑体'>行动大担当推动事业大发展，更高水平打造全省高质量发展重要增长极</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 黑体"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>思想大解放是行动大担当的前提，最终要体现在落实上。担当作为一直是绍兴文化的基因，历史上涌现出许多有担当有作为的名人大家</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"'>。</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>当前，我们要更高水平打造全省高质量发展的重要增长极，必须始终保持韧劲、干劲、拼劲、闯劲，以扎扎实实的实际行动，狠抓各项决策部署的落实。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 楷体_GB2312; mso-font-kerning: 0pt">1</SPAN></B><B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>、要有</SPAN></B><B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 楷体_GB2312; mso-font-kerning: 0pt'>韧</SPAN></B><B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>劲</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>。</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>就是要持之以恒、久久为功，不达到目的不罢休、不解决问题不撒手。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要咬定目标不放松</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。心中有目标，工作才有方向，行动才有力量。市委八届三次全会明确提出“早日重回全国</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt">30</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>强”的目标，各地各部门、各个领域、各个岗位的工所有作都要盯牢这个目标、围绕这个目标来，一个台阶一个台阶地上，一个位次一个位次的追，通过</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt">3-5</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>年努力，实现全市重回</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt">30</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>强。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要保持定力不动摇</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。现在许多工作都是难事，会面临一些新情况新问题，没有一点定力是很难轻轻松松就成功的。比如，对印染、化工等传统产业改造提升工作，必须坚定不移推进、深化，决不能因为取得了一些进展就停下来；对治水治气的问题，这几年我们花了很大的力气，也取得了很好的成效，但是仍然不能松懈，一松懈就有可能前功尽弃。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 楷体_GB2312; mso-font-kerning: 0pt">2</SPAN></B><B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>、要有干劲</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>。</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>行动大担当就是要要甩开膀子、扑下身子、埋头苦干，全力推动各项工作落到实处。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt">干得快</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。对市委、市政府定下来的思路、定下来的工作，说干就干，不等不拖，早抓落实，早见成效。现在已经是九月份了，很快就是年底。各级各部门都要对照年初制定的目标任务，盘一盘工作，算一算进度，抓紧查漏补缺、该冲刺的也要提前考虑起来，尽量往前赶。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要干得实</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。特别是“一把手”要当好“施工队长”，既要抓谋划部署，更要身先士卒、靠前指挥，沉下去、深下去，绝不能当“甩手掌柜”。尤其是一些难度比较大、社会影响面比较广的工作，更要带着大家干，充分发挥表率示范作用。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要干得好</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。坚持高标准、严要求，增强“没有最好、只有更好”的行动自觉，</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>拿出</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt">100</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>分的标准、付出</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt">100</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>分的努力、追求</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt">100</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>分的成绩，决不能降低标准、乱打折扣。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 楷体_GB2312; mso-font-kerning: 0pt">3</SPAN></B><B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>、要有拼劲</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。事业发展并不总是一帆风顺，尤其是现在，外部形势比较复杂，我们市内也有不少待破解的难题，越是这样的时候，越是需要我们的干部敢作敢为、敢打敢拼。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要破难题</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。拿出“明知山有虎、偏向虎山行”的勇气和魄力，针对发展中的困难和问题，努力寻求对策和办法，全力以赴克难攻坚。比如，推动新旧动能转换事关高质量发展，既要有增量、又要提升存量，既有整治的内容、又有招引的内容，必须综合施策，切实破解这个绍兴发展面临的最大难题。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要争先进</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。浙江要走在全国前列，必须各地市走在前列；绍兴要走在前列，必须各区域、各部门、各岗位走在前列。每一个部门、每一位干部都要为自己的工作确立一个更高的标杆，学习先进、追赶先进。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要形成合力</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。干工作不能只靠个人的力量，必须把所有能调动的人员和力量都凝聚到一起，努力将消极因素转变为积极因素，团结更多的同志，齐心协力投入工作，集中力量办大事。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 楷体_GB2312; mso-font-kerning: 0pt">4</SPAN></B><B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>、要有闯劲</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。改革开放之初，绍兴人凭着“四千四万”精神，干成了许多大事，闯出了一片天地。进入新时代，许多情况发生了变化，但这种精神不能丢，这种闯劲不能丢。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要开辟新路</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。随着发展水平的不断提高，我们在很多领域已经进入了改革的“无人区”，没有先例可循，必须加强试点探索，在摸清规律、找准方向后，再逐步推开，不能因为没有先例就等起来、慢慢来。一方面要扎实推进各项国家级、省级改革试点，向上争取政策支持、工作指导和要素配套；另一方面也要自下而上，尊重群众首创精神，突出改革的原创性、针对性、实效性，彰显绍兴特色。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要立足实践</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。深入调查研究，对工作现状进行科学分析和研判，在此基础上，创造性地提出政策措施，这方面有不少例子。比如，“闲置农房激活计划”通过对原来可能引发安全隐患的闲置农房进行整修开发，把“闲”资源变成了“活”资源，使影响村容村貌的一个个“伤疤”，变成一个个“金疙瘩”。这项工作目前已经作为深化改革典型经验在全省推广。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">要重视技术</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。这些年来，大数据、人工智能等新兴技术正在不断冲击和改变着我们的工作和生活，也蕴藏着改变绍兴下一轮发展的大机遇。作为干部要主动学习、主动适应，重视新技术，善于运用新技术，以此来倒逼理念革新、重塑工作流程、提高工作效能。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 黑体; COLOR: black; mso-ascii-font-family: "Times New Roman"; mso-hansi-font-family: "Times New Roman"'>四、健全完善干部教育管理监督机制，形成鼓励干部思想大解放、行动大担当的浓厚氛围</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 黑体"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>思想大解放、行动大担当，需要各级党员干部的努力，也离不开氛围和机制的保障。前段时间，中央和省委相继印发了关于进一步激励广大干部新时代新担当新作为的文件，市级层面的相关文件目前也在酝酿起草中。下一步，我们还要结合“不忘初心、牢记使命”主题教育，开展“思想大解放、行动大担当”大讨论，进一步营造良好氛围，让思想大解放行动、大担当成为一种习惯，在干部中蔚然成风。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 楷体_GB2312; mso-font-kerning: 0pt">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>、要把思想大解放、行动大担当的鲜明导向树起来</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。树立什么样的导向，就会产生什么样的干部，同时也决定了我们能成就什么样的事业。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">一要</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>坚持把政治建设放在首位。政治上过硬，是思想大解放行动大担当的“压舱石”和“主心骨”，如果政治不合格，思想越解放问题就越多、行动越担当危害就越大。看一个干部政治素质高不高、是不是靠得住，主要就是看是不是牢固树立“四个意识”，能不能自觉践行“两个坚决维护”。广大干部一定要旗帜鲜明讲政治，以实际行动诠释对党、对事业的绝对忠诚，自觉在政治立场、政治方向、政治原则、政治道路上同以习近平同志为核心的党中央保持高度一致。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">二要</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>大力选用干事担当的人。要把担当作为选人用人的鲜明导向，全面落实新时代好干部标准，大力培养、发现、使用思想解放、行动担当的干部，对敢于负责、勇于担当、善于作为、实绩突出的干部，要及时大胆地用起来。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">三要</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>发挥典型示范引领作用。要在各级领导干部中选树一批思想解放、行动担当的典型，加强宣传，给予褒奖，让他们有荣誉、有地位。要让干部看到，只要真干事、能干事、干成事，组织上一定会看到，也是不会埋没的。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 楷体_GB2312; mso-font-kerning: 0pt">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; mso-ascii-font-family: "Times New Roman"; mso-font-kerning: 0pt'>、要让思想僵化不敢担当的干部让位子、受警醒</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。思想僵化不敢担当的干部，就像是一种传染病，不但会影响工作，也会带坏风气。对这样的干部，该调整必须坚决调整。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">一要从严管</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。习近平总书记强调，好干部是选出来的，更是管出来的。从严治党，重点在于从严管理干部。所以，对干部还是要从严，严教育、严管理、严监督，经常性地敲一敲警钟，咬一咬耳朵，扯一扯袖子。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">二要深入察</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。既要把功夫下在平时，全方位、多渠道了解干部，又要注重了解干部在完成急难险重任务、处理复杂问题、应对重大考验中的表现。同时，还要通过巡察、干部担当作为专项检查等途径，全面了解干部思想解放行动担当方面的表现，让不担当不作为的干部暴露出来。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">三要坚决下</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。今后，干部“下”将成为一种常态，决不让那些不敢扛事、不愿做事、不能干事的人得势得利。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; mso-fareast-font-family: 楷体_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312; COLOR: black; mso-ascii-font-family: "Times New Roman"'>、要为担当的干部担当、为干事的干部撑腰</SPAN></B><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。思想大解放、行动大担当，很多时候是走前人没有走过的路、做前人没有做过的事，免不了会出现瑕疵和失误。对此，我们一定要给予充分理解。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">一要</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>正确区分性质责任。认真落实习近平总书记提出的“三个区分开来”，正确分析干部在工作中出现的差错、失误和错误的性质，保护那些作风正派又敢作敢为、锐意进取的干部。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">二要</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>完善容错免责机制。我市去年就已经在全省率先推出“</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt">1+X</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>”容错纠错机制，下一步要在“最多跑一次改革”、重大项目招引、人才工作等重点工作和改革领域制定具体配套办法，最大限度调动广大干部的积极性、主动性和创造性。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">三要</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>营造良好政治生态。坚持激浊和扬清两手抓，使干部队伍充满正能量。特别是一些干部因不实举报受到委屈、被人误解时，组织上要为他们说公道话，让干部心无旁骛、埋头工作。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>以上四点意见，与大家作个交流，供大家参考。当前，各方面工作任务都很繁重，希望大家珍惜集中学习的机会。这里，我简单提三点要求：</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">一要端正学风</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。大家到党校来学习就是一名普通学员，要静下心来，认真学习，严格遵守党校学习的各项规章制度，严格执行八项规定精神。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">二要加强思考</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。在座都是领导干部，工作中也有不少心得感悟，希望大家结合实际，多一些琢磨、多一些思考，进一步提高学习成效。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-family: 黑体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">三要学以致用</SPAN><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>。学习的目的全在于运用，希望大家把学习成效体现到推动工作落实、推进事业发展上，真正学有所获、不虚此行。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; tab-stops: 63.55pt 81.75pt; mso-char-indent-count: 2.0"><SPAN style='FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-ascii-font-family: "Times New Roman"; mso-bidi-font-family: 仿宋_GB2312; mso-font-kerning: 0pt'>同志们，思想大解放、行动大担当，既是事业发展所需，也是干部品质所在。大家要深入学习贯彻习近平新时代中国特色社会主义思想，自觉践行习近平总书记赋予浙江的新期望，振奋精神、开拓创新，在思想大解放、行动大担当中不断形成新优势、创造新业绩，为加快建设现代化强市、打造全省高质量发展作出新的更大贡献。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; mso-bidi-font-family: 仿宋_GB2312; mso-fareast-font-family: 仿宋_GB2312; mso-font-kerning: 0pt"><o:p></o:p></SPAN></P>
    
    </div><!--endprint-->
                        <div class="userControl">
                            <a href="javascript:doPrint()">【打印正文】</a>
    
                        </div>

                        <div class="others">
                            <div class="prev"><span>上一篇：</span><a href="/Shaoxingyizhong/Item/8959.aspx" target="_self" title="标题：习总书记对浙江工作作出重要指示&#xD;点击数：18&#xD;发表时间：18年09月03日">习总书记对浙江工作作出重要指示</a>[ 09-03 ]</div>
                            <div class="next"><span>下一篇：</span><a href="/Shaoxingyizhong/Item/9040.aspx" target="_self" title="标题：习近平心中的好老师&#xD;点击数：17&#xD;发表时间：18年09月12日">习近平心中的好老师</a>[ 09-12 ]</div>
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