
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="UTF-8">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta content="绍兴市第一中学" name="Keywords" />
    <meta content="绍兴市第一中学" name="Description" />
    <title>乘风破浪，逐梦扬帆——在2020学年第二学期开学典礼上的讲话--校长专栏-绍兴市第一中学</title>
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
        <h3><a href="/Shaoxingyizhong/Category_1/Index.aspx">新闻中心</a></h3>
      </div>
	<div class="bd">
		<ul class="">
			<li class="li1 first"><a href="/Shaoxingyizhong/Category_20/Index.aspx">学校公告</a></li>
<li class="li2"><a href="/Shaoxingyizhong/Category_21/Index.aspx">一中新闻</a></li>
<li class="li3"><a href="/Shaoxingyizhong/Category_22/Index.aspx">工作安排</a></li>
<li class="li4 on"><a href="/Shaoxingyizhong/Category_23/Index.aspx">校长专栏</a></li>
<li class="li5 last"><a href="/Shaoxingyizhong/Category_24/Index.aspx">校务公开</a></li>
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
                        
            <li class="first"><a href="/Shaoxingyizhong/Item/20990.aspx" target="_blank" title="标题：2024学年第二学期开学典礼讲话&#xD;点击数：17&#xD;发表时间：2025年02月28日">2024学年第二学期开学典礼讲话</a><span class="dateRight">[02-28]</span></li><li><a href="/Shaoxingyizhong/Item/20989.aspx" target="_blank" title="标题：感恩同心共筑梦，奋楫笃行启新程——2024学年第一学期开学典礼讲话&#xD;点击数：4&#xD;发表时间：2024年09月02日">感恩同心共筑梦，奋楫笃行启新程——2024学年第一学期开…</a><span class="dateRight">[09-02]</span></li><li><a href="/Shaoxingyizhong/Item/19233.aspx" target="_blank" title="标题：2024年新年献词：启航新征程，踏歌向未来&#xD;点击数：25&#xD;发表时间：2024年01月10日">2024年新年献词：启航新征程，踏歌向未来</a><span class="dateRight">[01-10]</span></li><li><a href="/Shaoxingyizhong/Item/17133.aspx" target="_blank" title="标题：十八而志梦起航 青春向党筑未来 —在绍兴一中2023届高三18岁成人礼上的致辞&#xD;点击数：7&#xD;发表时间：2022年12月08日">十八而志梦起航 青春向党筑未来 —在绍兴一中2023届高三1…</a><span class="dateRight">[12-08]</span></li><li><a href="/Shaoxingyizhong/Item/17132.aspx" target="_blank" title="标题：践行求真精神  走向博雅通达 —绍兴一中校长致2021级新生的欢迎信&#xD;点击数：6&#xD;发表时间：2021年06月10日">践行求真精神  走向博雅通达 —绍兴一中校长致2021级新生…</a><span class="dateRight">[06-10]</span></li><li><a href="/Shaoxingyizhong/Item/17130.aspx" target="_blank" title="标题：启航新征程：追梦报国，奋进拼搏！—2022学年第一学期开学典礼讲话&#xD;点击数：6&#xD;发表时间：2022年08月31日">启航新征程：追梦报国，奋进拼搏！—2022学年第一学期开…</a><span class="dateRight">[08-31]</span></li><li class="last"><a href="/Shaoxingyizhong/Item/13103.aspx" target="_blank" title="标题：乘风破浪，逐梦扬帆——在2020学年第二学期开学典礼上的讲话&#xD;点击数：111&#xD;发表时间：2021年02月27日">乘风破浪，逐梦扬帆——在2020学年第二学期开学典礼上的…</a><span class="dateRight">[02-27]</span></li>
          
                    </ul>
                </div>
            </div>
        </div>
        <!-- mainContent S -->
        <div class="mainContent">
            <div class="mainBox">
                <div class="mHd">
                    <div class="path"><span>当前位置：</span><a href="/Shaoxingyizhong/">首页</a> &gt; 
    
    
    <a href="/Shaoxingyizhong/Category_1/Index.aspx" target="_self">新闻中心</a>&gt;
    <a href="/Shaoxingyizhong/Category_23/Index.aspx" target="_self">校长专栏</a></div>
                    <h3>校长专栏</h3>
                </div>
                <div class="mBd">
                    <!-- 正文内容 S -->
                    <!--startprint-->
                    <div class="printArea">
                        <!-- 标题 -->
                        <h2 class="title">乘风破浪，逐梦扬帆——在2020学年第二学期开学典礼上的讲话</h2>
                        <!-- 副标题 -->
                        <h3 class="subTitle"><span></span></h3>
                        <script>
                        $(".Subheading span:empty").parent().hide()
                        </script>
                        <div class="property"> <span>文章来源：本站原创</span> <span>作者：王琛</span> <span>发布时间：2021年02月27日</span> <span>点击数：
    <script language="JavaScript" type="text/JavaScript" src="/Shaoxingyizhong/Common/GetHits.aspx?id=13103"></script>
    次</span>  <span><span id="content_AdminEdit"></span>
<script type="text/javascript">
$(document).ready(function()
{
    $.pe.ajax('admineditcheck',{params:{itemId:13103},success:function(s) {
        if ($(s).find('status').text() == 'OK') {
            var managedir = "/Common/GetContentEdit.aspx?itemId=13103";
           $("#content_AdminEdit").html("【<a href='" + managedir + "' target='_blank'>进入后台编辑</a>】")
        }
    }});
});
</script></span> </div>
                        <div class="conTxt"> 
      
     <h1 style="font-family: Calibri;font-size: 22pt;line-height: 240.0%;margin-bottom: 16.5pt;margin-left: 0;margin-right: 0;margin-top: 17pt;text-align: center;"><span style="font-family: Calibri;font-size: 22pt;margin: 0;padding: 0;"><strong>乘风破浪，逐梦扬帆</strong></span></h1><p style="font-family: Calibri;font-size: 14pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: center;"><span style="font-family: Calibri;font-size: 14pt;margin: 0;padding: 0;">——在2020学年第二学期开学典礼上的讲话</span></p><p style="font-family: 楷体;font-size: 14pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: center;"><span style="font-family: 楷体;font-size: 14pt;margin: 0;padding: 0;">王  琛</span></p><p style="font-family: 楷体;font-size: 14pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: center;"><span style="font-family: 楷体;font-size: 14pt;margin: 0;padding: 0;">2021/02/27</span></p><p style="font-family: Calibri;font-size: 10.5pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: left;"><span style="font-size: 10.5pt;margin: 0;padding: 0;"> </span></p><p style="font-family: 仿宋;font-size: 16pt;line-height: 26.0pt;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;"><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">老师们、同学们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">,新你新学期好！</span></p><p style="font-family: 仿宋;font-size: 16pt;line-height: 26.0pt;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">首先，我代表学校，向全体师生致以新春的问候</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">！</span></p><p style="font-family: 仿宋;font-size: 16pt;line-height: 26.0pt;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">2020年，我们传承博雅</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">、</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">砥砺奋进，实现了</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">学校</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">全方位</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">的提升</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">：</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>一是</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>学校发展迈上</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>了</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>新台阶。</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">成功创建为首批</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">省</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">现代化学校</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">和首届</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">省文明校园</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，获得了党建、德育、安全等各线块市级最高</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">集体</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">荣誉</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">7个</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，同时实现了</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">年终考核第一；数学、生物组</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">成功</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">创建为浙江省先进教研组，化学、英语组</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">获</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">绍兴市优秀教研团队</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">称号</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>二是</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>教学业绩</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>取得了新突破</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">高考</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">700分及以上2</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">人</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，一段录取率86%，“双一流高校”“一流高校”</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">近</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">300</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">人。学科竞赛国际金牌2枚、亚太</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">金牌</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">9枚、全国</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">金牌</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">3枚、</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">省</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一等奖52个，有4位同学入选国家队或国家集训队。现高三已有3人获北大保送资格，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">1人剑桥大学数学系录取，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">3人获清北“强基”破格入围资格。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>三是立德树人开拓了新局面</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">创建博雅大讲堂、爸妈课堂，全年</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">1</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">6位院士教授</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">、多</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">位家长进校讲座。体质健康测试市直第一全市第五</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">军体运动会</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">市</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一等奖</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">；</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">全国青少年模拟两会</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">获全国“最佳提案奖”，并提交全国两会。中央电视台《SK极智少年强》</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">比赛</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">获全国季军</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">学校德育课程方案获2020年绍兴市中小学德育微创新实践成果一等奖。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>四是</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>队伍建设实现</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>了</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>新提升。</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">北斗元培学苑正式运行，北大教授团队全面参与学生教学，有</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">3名特级</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">正高</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">、</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">2</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">名</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">省级</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">名师来校工作</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">谢澹老师新评正高，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">苏卫军</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">老师获</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">评浙派名师，叶望尧老师获省三育人先进个人，同时与王燕老师获评绍兴名师，张伟丰、俞宝根、范玲</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">玲</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">、范捷老师获评市市直学科带头人</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">；</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">赵正瑜老师获省优质课</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一等奖</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，另有</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">1</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">2</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">位老师</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">获市级和</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">市直优质课</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一等奖；</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">市直学校基本功比武，11门学科</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">中我们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">8门第一。</span></p><p style="font-family: 仿宋;font-size: 16pt;line-height: 26.0pt;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">祝贺</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">所有包括这里没有提到的在</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">2020年</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">取得骄人</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">成绩，为学校争得荣誉</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">的师生</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">感谢</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">在幕后默默付出的一中团队</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">老师同学们，你们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">“辛苦了”</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">！</span></p><p style="font-family: 仿宋;font-size: 16pt;line-height: 26.0pt;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">今天，新的学期、新的征程已经开启</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，希望全体师生在</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">新的一年</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">发扬习近平总书记</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">强调的“三牛”精神，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">齐心协力赓续</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我校</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">新</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">的</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">辉煌</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>一是</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>要</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>发扬为民</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>服务孺子牛</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>精神。</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我们的广大</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">教师员工</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一以贯之</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">默默奉献、不计名利，每日朝五晚九、风雨无阻无悔付出，点亮</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">了</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一届又一届学子的青春绽放。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">广大同学更是不甘落后，互帮互助勤奋学习，为实现自己的理想不懈奋斗。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">在</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">可爱的</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">师生</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">身上，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">看到了</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一中人</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">“立德树人、启智弘道”的初心梦想，看到了</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一中人</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">“求真明理、敬业奉献”的人格风范，看到了</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一中人</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">“人才兴国、教育强国”的家国情怀。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">即使在</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">寒假，我们的竞赛辅导团队、</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">班主任教师团队、</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">行政管理团队、后勤服务团队</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，还有北大的专家团队</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">都在勤恳坚守岗位，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">同学们也在不同的场合勤勉学习</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，新的一年，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我们全体师生要继续发扬这种“孺子牛”精神，持续推动教育教学的高质量</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>二是要发扬</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>创新发展拓荒牛</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>精神。</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">创新是引领</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">学校</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">发展的第一动力，是保障</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">学校教学高质量、管理高水平的</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">战略“武器”，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">要始终将创新置于首位，让创新成为</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">学校师生</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">进步的鲜明底色。我们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">每个师生</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">要敢闯敢试、敢为人先，善于破局，拿出“不破楼兰终不还”的拼博精神，在制约发展的关键</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">点</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">不断探索求新、开拓创新，把握科学规律，抽丝剥茧，以钉钉子精神，补齐</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">工作</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">短板，寻求</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">成绩新的</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">突破</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">勇当新时代</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">学校及个人发展</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">的“拓荒牛”。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>三是要发扬</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>艰苦奋斗老黄牛精神</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">大家都知道：</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">1的365次方等于1，0.99的365次方约等于0.026，1.01的365次方约等于37.8</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">。这给予我们的启示是：</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">每日自我突破一点点，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">就会</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">把</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">获得好成绩这一</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">荆棘之路打磨成通往成功的康庄大道。</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">荷花定律告诉我们：第</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">29天荷花才</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">开到池塘的一半，第30天就会开满池塘。所以对于</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">高三同学</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，不要觉得高考已不到</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">100天而停止努力；对于高一、高二的同学也不要觉得高考还比较远而疏于努力，我们要</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">发扬</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">艰苦奋斗老黄牛精神</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">正视</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">自己</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">成绩现状，制定完备可行的学习计划，并持之以恒地付诸行动</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，要坚定</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">“越努力，越幸运”</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">的信心决心</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，每天突破一点点，每天多做一点点，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">把成绩</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">交给时间去累积、去酝酿</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，用实际行动诠释我校</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">校歌“承前启后，努力精进，沐浴科学之颖光”</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">内涵，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">争取</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">理想的成功。</span></p><p style="font-family: 仿宋;font-size: 16pt;line-height: 26.0pt;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">再过几天，3月3 日是</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">我们</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">一中124岁的生日，</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">今年也是</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">中国共产党</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">建党100周年华诞</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，希望</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">全体同学在青春激昂的高中岁月</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">中</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，胸怀理想，脚踏实地，以最踏实的行动向着最高远的目标努力精进</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">，为建党</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">100周年、</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">建校</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">124年献礼</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">。</span></p><p style="font-family: 仿宋;font-size: 16pt;line-height: 26.0pt;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">最后</span><span style="font-family: 仿宋;font-size: 16pt;margin: 0;padding: 0;">祝愿同学们学业有成，梦想成真，祝老师们身体健康、工作顺利。谢谢大家！</span></p>
    
    </div><!--endprint-->
                        <div class="userControl">
                            <a href="javascript:doPrint()">【打印正文】</a>
    
                        </div>

                        <div class="others">
                            <div class="prev"><span>上一篇：</span><a href="/Shaoxingyizhong/Item/13102.aspx" target="_self" title="标题：不忘初心担使命 传承博雅谱新篇 奋力开创绍兴一中高水平发展新局面——在主题教育总结大会上的讲话&#xD;点击数：52&#xD;发表时间：21年01月13日">不忘初心担使命 传承博雅谱新篇 奋力开创绍兴一中高水平发展新…</a>[ 01-13 ]</div>
                            <div class="next"><span>下一篇：</span><a href="/Shaoxingyizhong/Item/13970.aspx" target="_self" title="标题：群众教育观与教育群众观浅析&#xD;点击数：40&#xD;发表时间：21年09月19日">群众教育观与教育群众观浅析</a>[ 09-19 ]</div>
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