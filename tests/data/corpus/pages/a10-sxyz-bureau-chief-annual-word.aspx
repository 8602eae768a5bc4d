
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="UTF-8">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta content="绍兴市第一中学" name="Keywords" />
    <meta content="绍兴市第一中学" name="Description" />
    <title>陈国阳局长《在全市教育系统年度工作会议上的讲话》--党政办-绍兴市第一中学</title>
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
        <a href="" style="background:url(/Shaoxingyizhong/UploadFiles/202206251236160350.jpg) no-repeat center;"></a>
    </div>

<div id="content">
    <div class="siteWidth">
        <div class="side">
            <div id="sideMenu">
        <div class="hd">
        <h3><a href="/Shaoxingyizhong/Category_20/Index.aspx">学校公告</a></h3>
      </div>
	<div class="bd">
		<ul class="">
			<li class="li1 first on"><a href="/Shaoxingyizhong/Category_25/Index.aspx">党政办</a></li>
<li class="li2"><a href="/Shaoxingyizhong/Category_26/Index.aspx">教学处</a></li>
<li class="li3"><a href="/Shaoxingyizhong/Category_36/Index.aspx">教科室</a></li>
<li class="li4"><a href="/Shaoxingyizhong/Category_27/Index.aspx">德育处</a></li>
<li class="li5"><a href="/Shaoxingyizhong/Category_30/Index.aspx">团委</a></li>
<li class="li6"><a href="/Shaoxingyizhong/Category_31/Index.aspx">总务处</a></li>
<li class="li7"><a href="/Shaoxingyizhong/Category_28/Index.aspx">安全处</a></li>
<li class="li8"><a href="/Shaoxingyizhong/Category_29/Index.aspx">信息处</a></li>
<li class="li9"><a href="/Shaoxingyizhong/Category_32/Index.aspx">工会</a></li>
<li class="li10"><a href="/Shaoxingyizhong/Category_392/Index.aspx">龙山书院</a></li>
<li class="li11"><a href="/Shaoxingyizhong/Category_393/Index.aspx">创新学部</a></li>
<li class="li12"><a href="/Shaoxingyizhong/Category_33/Index.aspx">高一</a></li>
<li class="li13"><a href="/Shaoxingyizhong/Category_34/Index.aspx">高二</a></li>
<li class="li14 last"><a href="/Shaoxingyizhong/Category_35/Index.aspx">高三</a></li>
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
                        
            <li class="first"><a href="/Shaoxingyizhong/Item/23507.aspx" target="_blank" title="标题：教育集团全体教职工大会通知&#xD;点击数：61&#xD;发表时间：2026年08月18日">教育集团全体教职工大会通知</a><span class="dateRight">[08-18]</span></li><li><a href="/Shaoxingyizhong/Item/23500.aspx" target="_blank" title="标题：教学楼办公室调整公告(定)&#xD;点击数：174&#xD;发表时间：2026年08月12日"><font style="font-weight:bold;font-style:italic ;;">教学楼办公室调整公告(定)</font></a><span class="dateRight">[08-12]</span></li><li><a href="/Shaoxingyizhong/Item/23504.aspx" target="_blank" title="标题：中共绍兴市第一中学委员会 绍兴市第一中学关于调整绍兴一中教育集团领导班子成员分工的通知&#xD;点击数：144&#xD;发表时间：2026年08月14日">中共绍兴市第一中学委员会 绍兴市第一中学关于调整绍兴一…</a><span class="dateRight">[08-14]</span></li><li><a href="/Shaoxingyizhong/Item/21245.aspx" target="_blank" title="标题：关于开展支部4月主题党日活动的通知&#xD;点击数：93&#xD;发表时间：2025年04月14日">关于开展支部4月主题党日活动的通知</a><span class="dateRight">[04-14]</span></li><li><a href="/Shaoxingyizhong/Item/23493.aspx" target="_blank" title="标题：2025学年各项先进推优名单公示&#xD;点击数：118&#xD;发表时间：2026年07月13日">2025学年各项先进推优名单公示</a><span class="dateRight">[07-13]</span></li><li><a href="/Shaoxingyizhong/Item/23448.aspx" target="_blank" title="标题：关于开展6月支部主题党日活动的通知&#xD;点击数：54&#xD;发表时间：2026年06月29日">关于开展6月支部主题党日活动的通知</a><span class="dateRight">[06-29]</span></li><li class="last"><a href="/Shaoxingyizhong/Item/22833.aspx" target="_blank" title="标题：绍兴市第一中学 2026年度“养新”党建活动方案&#xD;点击数：149&#xD;发表时间：2026年03月11日">绍兴市第一中学 2026年度“养新”党建活动方案</a><span class="dateRight">[03-11]</span></li>
          
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
    <a href="/Shaoxingyizhong/Category_20/Index.aspx" target="_self">学校公告</a>&gt;
    <a href="/Shaoxingyizhong/Category_25/Index.aspx" target="_self">党政办</a></div>
                    <h3>党政办</h3>
                </div>
                <div class="mBd">
                    <!-- 正文内容 S -->
                    <!--startprint-->
                    <div class="printArea">
                        <!-- 标题 -->
                        <h2 class="title">陈国阳局长《在全市教育系统年度工作会议上的讲话》</h2>
                        <!-- 副标题 -->
                        <h3 class="subTitle"><span></span></h3>
                        <script>
                        $(".Subheading span:empty").parent().hide()
                        </script>
                        <div class="property"> <span>文章来源：本站原创</span> <span>作者：佚名</span> <span>发布时间：2010年03月10日</span> <span>点击数：
    <script language="JavaScript" type="text/JavaScript" src="/Shaoxingyizhong/Common/GetHits.aspx?id=1417"></script>
    次</span>  <span><span id="content_AdminEdit"></span>
<script type="text/javascript">
$(document).ready(function()
{
    $.pe.ajax('admineditcheck',{params:{itemId:1417},success:function(s) {
        if ($(s).find('status').text() == 'OK') {
            var managedir = "/Common/GetContentEdit.aspx?itemId=1417";
           $("#content_AdminEdit").html("【<a href='" + managedir + "' target='_blank'>进入后台编辑</a>】")
        }
    }});
});
</script></span> </div>
                        <div class="conTxt"> 
      
     <P>        现摘录陈国阳局长《在全市教育系统年度工作会议上的讲话》，希全体教工认真学习！</P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-ALIGN: center" align=center><SPAN lang=EN-US style="FONT-SIZE: 18pt; FONT-FAMILY: 黑体; mso-hansi-font-family: 仿宋_GB2312"><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><o:p> </o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-ALIGN: center" align=center><SPAN style="FONT-SIZE: 22pt; FONT-FAMILY: 黑体; mso-hansi-font-family: 宋体">在全市教育系统年度工作会议上的讲话<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 21pt; TEXT-ALIGN: center; mso-char-indent-count: 2.0" align=center><SPAN lang=EN-US><o:p><FONT size=3> </FONT></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 25pt; TEXT-ALIGN: center; mso-line-height-rule: exactly" align=center><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312">陈国阳<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 25pt; TEXT-ALIGN: center; mso-line-height-rule: exactly" align=center><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 楷体_GB2312">（<?xml:namespace prefix = st1 ns = "urn:schemas-microsoft-com:office:smarttags" /><st1:chsdate w:st="on" Year="2010" Month="2" Day="22" IsLunarDate="False" IsROCDate="False"><SPAN lang=EN-US>2010</SPAN>年<SPAN lang=EN-US>2</SPAN>月<SPAN lang=EN-US>22</SPAN>日</st1:chsdate>）</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 21pt; mso-char-indent-count: 2.0"><SPAN lang=EN-US><o:p><FONT size=3> </FONT></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 25pt; mso-line-height-rule: exactly"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312"><o:p> </o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 26pt; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">同志们：<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">今天，我们在这里召开全市教育局长、市属学校书记校长、在绍高校负责人会议。这次会议的主要任务是：坚持以科学发展观为统领，贯彻落实全省教育局长会议和市委六届八次全体（扩大）会议精神，在总结<SPAN lang=EN-US>2009</SPAN>年工作的基础上，认真分析当前教育新环境，研究明确今年工作的重点，扎实推进教育事业又好又快发展，为办人民满意教育，建现代教育强市作出更大贡献。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">下面，我讲三方面内容，一是<SPAN lang=EN-US>2009</SPAN>年教育工作的简要回顾；二是<SPAN lang=EN-US>2010</SPAN>年教育工作的总体态势、总体要求和主要目标；三是<SPAN lang=EN-US>2010</SPAN>年绍兴教育的工作重点。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体">一、<SPAN lang=EN-US>2009</SPAN>年教育工作的简要回顾<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">2009</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">年应该说是充满压力、困难和挑战之年，同时也是转危为机、苦中有乐、亮点纷呈之年。这一年，我们遇到的困难比预期多、考验比预期多、改革比预期多、结果比预期好、成绩比预期好，我们全面完成了市委市政府和省教育厅下达的目标任务，全市教育事业再上新台阶，连续三年被省教育厅评为教育科学和谐发展业绩考核优秀单位，上虞市教体局、越城区文教局被省教育厅评为教育科学和谐发展业绩考核优秀单位，绍兴文理学院获省高等教育教学成果奖。在全市行风建设十大亮点工程评选中连续三年占有一席。同时在中国社会科学院组织的长三角<SPAN lang=EN-US>16</SPAN>个城市教育竞争力排名中居第六名，绍兴教育走在了绍兴经济社会发展的前列。绍兴县在“中国教育状况最满意城市”调查评选中位列第五。回顾<SPAN lang=EN-US>2009</SPAN>年的工作，我们主要实施了以下五大工程：<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-weight: bold">（一）实施教育质量提升工程，教育优质化程度走在全省前列<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; TEXT-ALIGN: left; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly" align=left><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">质量对学校来说是立校之本，对教师来说是立身之本，对教育系统来说是人民满意之本</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">。一年来，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">我们始终把质量作为一切工作的出发点和立脚点，着力满足人民群众对优质教育日益增长的需求，在以下四个方面走在全省前列。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">一是高考成绩走有全省前列。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">去年是<SPAN style="COLOR: black">我省实施新课改高考方案的第一年，我市有四项最重要指标列全省第一：一是普通本科文、理科上线率分别为<SPAN lang=EN-US>51.2%</SPAN>、<SPAN lang=EN-US>63.7%</SPAN>，全省第一（全省平均为<SPAN lang=EN-US>27.1%</SPAN>、<SPAN lang=EN-US>49.5%</SPAN>）；二是每万人平均上重点线率近<SPAN lang=EN-US>12%</SPAN>，全省第一（全省平均为<SPAN lang=EN-US>6.6%</SPAN>）；三是全省文理科前<SPAN lang=EN-US>100</SPAN>名我市共<SPAN lang=EN-US>39</SPAN>人（文科<SPAN lang=EN-US>22</SPAN>人），包括第<SPAN lang=EN-US>1</SPAN>、<SPAN lang=EN-US>3</SPAN>、<SPAN lang=EN-US>4</SPAN>名，全省第一；四是我市有<SPAN lang=EN-US>42</SPAN>人被北大、清华录取（清华<SPAN lang=EN-US>22</SPAN>人），占两校在我省招生计划数的近<SPAN lang=EN-US>41.7%</SPAN>，全省第一。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">二是技能竞赛走在全省前列。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">在全省中职教师技能大赛中，我市获团体（个人）第一名<SPAN lang=EN-US>5</SPAN>个，一等奖<SPAN lang=EN-US>5</SPAN>个、二等奖<SPAN lang=EN-US>4</SPAN>个、三等奖<SPAN lang=EN-US>7</SPAN>个，蝉联团体冠军。在全省中职学生技能大赛中，获一等奖<SPAN lang=EN-US>7</SPAN>个、二等奖<SPAN lang=EN-US>22</SPAN>个、三等奖<SPAN lang=EN-US>22</SPAN>个。在全国中职学生技能竞赛中， 我市<SPAN lang=EN-US>12</SPAN>名选手代表浙江省参赛，占全省近<SPAN lang=EN-US>1/4</SPAN>，获一等奖（均为第一名）<SPAN lang=EN-US>2</SPAN>个，二等奖<SPAN lang=EN-US>4</SPAN>个，三等奖<SPAN lang=EN-US>3</SPAN>个。在省教育厅公布的职业教育发展指标中，绍兴在<SPAN lang=EN-US>14</SPAN>项中有<SPAN lang=EN-US>7</SPAN>项居全省第一。在高职学生技能竞赛中，我市获全国一等奖<SPAN lang=EN-US>11</SPAN>个，二等奖<SPAN lang=EN-US>6</SPAN>个，三等奖<SPAN lang=EN-US>13</SPAN>个；全省一等奖<SPAN lang=EN-US>43</SPAN>个，二等奖<SPAN lang=EN-US>57</SPAN>个，三等奖<SPAN lang=EN-US>96</SPAN>个，创历年新高。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">三是学科竞赛走在全省前列。</SPAN></B><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">2009</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">年共有<SPAN lang=EN-US>44</SPAN>人获全国学科竞赛一等奖，占全省<SPAN lang=EN-US>1/5</SPAN>；其中<SPAN lang=EN-US>25</SPAN>人获全国信息技术奥林匹克竞赛一等奖，奖牌数占全省<SPAN lang=EN-US>1/3</SPAN>。一名学生获国际信息学奥林匹克竞赛银牌（与金牌仅<SPAN lang=EN-US>1</SPAN>分之差）。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">四是优质教育资源覆盖率走在全省前列。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-bidi-font-weight: bold">全市</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">省义务教育标准化学校覆盖率达<SPAN lang=EN-US>85</SPAN>％，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">省级示范性中小学比例达<SPAN lang=EN-US>22</SPAN>％。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">国家级重点职校学校增加到<SPAN lang=EN-US>13</SPAN>所，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">国家级重点实训基地增加到<SPAN lang=EN-US>5</SPAN>个</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">省级重点中学、重点职校占全市的<SPAN lang=EN-US>60</SPAN>％以上。市教育基本现代化乡镇创建率达<SPAN lang=EN-US>70.3%</SPAN>。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-weight: bold">（二）实施基础设施建设重点工程，为新一轮教育大发展拉开大架势<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">一是抓住市委市政府扩大内需的机遇，抓好重点工程建设和高教园前期建设。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">市区列入市政府重点建设项目<SPAN lang=EN-US>13</SPAN>个，投入达<SPAN lang=EN-US>6.6</SPAN>亿元，各项工程有序推进。绍兴中专工程全面竣工并投入使用；市职教中心图书综合楼工程已投入使用；城南中学已正式开工建设。镜湖高教园前期建设在市委市政府重视支持下，已完成高教园内区块划分，三个项目进入省重点建设项目增补名单，完成规划总平面图评审，拆迁前期准备工作有序开展。<B><SPAN lang=EN-US><o:p></o:p></SPAN></B></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 31.7pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; LETTER-SPACING: -0.1pt">二是抓住市政府城市总体规划修订的机遇，推进</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; LETTER-SPACING: -0.1pt; mso-hansi-font-family: 宋体">中心城<SPAN lang=EN-US>2008</SPAN>年—<SPAN lang=EN-US>2020</SPAN>年学校布局落地。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; LETTER-SPACING: -0.1pt">把教育专项规划纳入城市总体规划，目前辨志小学扩建进展迅速，开发</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; LETTER-SPACING: -0.1pt; mso-bidi-font-family: 宋体; mso-hansi-font-family: 宋体">区和新区的城西小学、灵芝北片小学、群贤中学、迪荡小学、迪荡初中等<SPAN lang=EN-US>8</SPAN>个项目，均已明确开发区和新区为建设主体，列入市政府考核内容，建成后市区网点布局将更为合理，基本满足辖区内就学需求。</SPAN><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; LETTER-SPACING: -0.1pt; mso-hansi-font-family: 宋体"><o:p></o:p></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">三是抓住国家启动校安工程的机遇，</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">切实改善办学条件，彻底解除校舍安全隐患。</SPAN></B><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">09</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">年是校舍安全工程三年规划的启动年，现已按省定进度完成了校舍安全的排查鉴定，改造建设规划制定、资金落实等工作。全市共<SPAN lang=EN-US>98</SPAN>万平方米<SPAN lang=EN-US>1028</SPAN>幢校舍需加固改造，已完成总工程量的<SPAN lang=EN-US>30%</SPAN>。<B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US><o:p></o:p></SPAN></B></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-bidi-font-weight: bold">（三）实施学校和谐安宁工程，管理模式由应急式向常态化转变<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">2009</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">年</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">在学校安全稳定工作中，我们牢牢把握规律性，</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">促进校园安全稳定由应急式向常态化转变，全市学生非正常死亡<SPAN lang=EN-US>34</SPAN>人，同比下降<SPAN lang=EN-US>5.9</SPAN>％，创历史新低。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">一是</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">在全国率先建立四级安全管理网络。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋">建立完善由市教育局安监处、县（市、区）教育局安监科、学校安全监督管理办公室、班级安全委员构成的四级安全管理网络，加强市县联动，局校联动，基本形成了“统一领导、各司其责、相互协作、齐抓共管”的安全工作大格局。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">二是构建“八个一”和安全工作行事历的长效机制。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">以“八个一”为抓手，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">结合季节性安全工作重点，确定不同时段的安全教育主题，认真落实安全工作行事历</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-font-kerning: 0pt; mso-hansi-font-family: 宋体">，推进安全工作常态化、机制化</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">三是抓好了手足口病和甲流防控工作。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">明确防控要求，建立晨检汇报制度、日报制度和紧急信息即报制度，完善落实应急预案，有效遏制了传染性疾病的集聚性发展。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-font-kerning: 1.0pt; mso-hansi-font-family: 'Times New Roman'">四是切实维护校园和谐稳定。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-font-kerning: 1.0pt; mso-hansi-font-family: 'Times New Roman'">完善信访重点对象摸排、信访台账、信息报送、责任追究等制度，重点做好国庆<SPAN lang=EN-US>60</SPAN>周年、义务教育段绩效工资实施等重要时段的信访维稳工作，实现了“四个无”：市区赴省进京无上访，无集体访，无重大政治事件，无群体性安全责任事故。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体; mso-font-kerning: 1.0pt; mso-hansi-font-family: 'Times New Roman'">（四）实施教育改革创新与规范管理工程，促进教育的公平公正、高质高效<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">一是扎实推进重点普高招生改革。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">市区首次</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">将绍兴一中、稽山中学<SPAN lang=EN-US>35%</SPAN>招生名额直接分配到初中学校，稳定农村学校和市区薄弱学校的优秀生源。同时把好推荐和录取两大关，做到程序明确、条件科学、环节透明、结果公示，实现了推荐生招生无一例投诉，统考统招生无一例差错的目标，是近三年来最规范、最平稳的一年。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">二是积极推进中考加分改革。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">根据“减项、降分、限高、公示”的原则，按照项目只减不加、分值只降不升、累计加分限高的要求，清理加分项目，取消操作性不强的项目，调整缩减分值，进一步促进教育公平。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">三是顺利推进市区教育管理体制改革。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">经市政府研究决定，从<SPAN lang=EN-US>2009</SPAN>年新学年起将绍兴经济开发区、袍江新区、镜湖新区范围内的初中（除文澜中学、镜湖中学外）、小学、幼儿园、成教的教育行政管理权限移交越城区政府管理。移交接工作过程顺利，确保了移交学校教育教学秩序、教师队伍和在校生的稳定。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">四是稳妥推进义务教育学校绩效工资改革。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">完善义务教育学校绩效考核办法，学校奖励性绩效工资分配把握利益导向，以责任和业绩为依据，坚持多劳多得、优绩优酬，重点向一线教师、骨干教师、班主任和偏远地区农村教师倾斜。全市近<SPAN lang=EN-US>2.7</SPAN>万名义务教育学校教师从中受益，收入得到较大幅度提高。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">五是加大学校规范管理力度。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">根据公平、择优原则，分别出台了高考兴趣小组组队、高校自主招生推荐、规范财务管理、新教师招聘、普高推荐生推荐、抵制有偿家教等<SPAN lang=EN-US>6</SPAN>个政策意见，切实做到公开公正管理，规范阳光操作。在抵制有偿家教上，明确责任主体，加强师德考核，落实责任追究，加大对管理不力学校和违规教师的处理力度，切实规范教师从教行为。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">六是平稳做好了市属学校领导班子换届调整工作。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">在<SPAN lang=EN-US>2009</SPAN>年市属学校领导班子换届调整中，把握导向、建立机制、加强交流，有序做好了市属学校领导班子调整。</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">在市委</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">组织部</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">干部任用</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">检查的<SPAN lang=EN-US>10</SPAN>个部门中，被评价为“两个最”：群众满意率最高、工作最规范。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 黑体; mso-hansi-font-family: 宋体">（五）实施重点突破工程，促进各类教育协调发展再上新台阶<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">一是农村教育均衡发展再上新台阶。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）全面完成消债任务。全市共化解义务教育债务<SPAN lang=EN-US>4.26</SPAN>亿元，率先在全省实现“零债务”。（<SPAN lang=EN-US>2</SPAN>）提高城乡生均公用经费标准。市本级小学、初中已提高到每年<SPAN lang=EN-US>600</SPAN>元、<SPAN lang=EN-US>800</SPAN>元。各县（市、区）生均公用经费最低标准按省定标准有相应提高。（<SPAN lang=EN-US>3</SPAN>）城乡教育共同体建设初具规模。目前全市共有“教育集团”<SPAN lang=EN-US>14</SPAN>个，“名校＋新校”、“名校＋薄弱校”的带动效应初步显现。去年我局创设的“农村孩子同享城市化教</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">育”工作机制，连续第三次入选全市“行风建设十大亮点工程”。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">二是学前教育</SPAN></B><B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">政策推动再上新台阶。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）学前教育发展规划、幼儿园网点布局落实到位。制定市本级学前教育事业发展五年规划及分年度实施计划，出台标准化幼儿园评定标准和市区配套幼儿园建设移交的实施意见。（<SPAN lang=EN-US>2</SPAN>）学前教育专项发展经费、幼儿教师专项补助经费落实到位。<SPAN lang=EN-US>09</SPAN>年全市共设立学前教育专项发展经费<SPAN lang=EN-US>1500</SPAN>万元（市本级<SPAN lang=EN-US>500</SPAN>万）用于幼儿园所建设，全市共新增<SPAN lang=EN-US>4</SPAN>所示范幼儿园</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">和<SPAN lang=EN-US>46</SPAN>所农村合格幼儿园<SPAN style="COLOR: black">；市区共向<SPAN lang=EN-US>1160</SPAN>位非在编幼儿教师发放<SPAN lang=EN-US>580</SPAN>万元专项补助经费。（<SPAN lang=EN-US>3</SPAN>）开展学前教育先进县创建工作。绍兴县被评为全市首个学前教育先进县</SPAN>。在全省学前教育年会和全省教育局长会议上，我市都作了典型介绍，并被省</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">教育厅张绪培巡视员评价为“全省的发展方向，全国的工作样本”。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">三是<SPAN style="mso-bidi-font-weight: bold">职业教育技能提升再上新台阶。</SPAN></SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）深入实施“六项行动计划”。进一步落实专业建设、师生技能奖励政策，完善专业评优、校企合作等各项机制。（<SPAN lang=EN-US>2</SPAN>）“高技能、高就业”品牌逐步形成。在全省首次把高级工考核引进中职学校。积极创建示范基地和示范专业，全市现有省级以上实训基地<SPAN lang=EN-US>27</SPAN>个、省级以上示范专业<SPAN lang=EN-US>38</SPAN>个，成为全省所占比例较高的地市之一。全市中职生就业率达<SPAN lang=EN-US>99.1%</SPAN>。（<SPAN lang=EN-US>3</SPAN>）职业学校面向全市招生。跨地域招生达<SPAN lang=EN-US>3500</SPAN>人，其中市区<SPAN lang=EN-US>2000</SPAN>人。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">四是高等教育扩容提质再上新台阶。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）在绍高校全日制大学生达<SPAN lang=EN-US>5.3</SPAN>万人，再创新高。（<SPAN lang=EN-US>2</SPAN>）浙江农业商贸职业学院（筹）正式挂牌，在绍高校增加到<SPAN lang=EN-US>6</SPAN>所，高校数在省内仅次于杭、宁、温。（<SPAN lang=EN-US>3</SPAN>）绍兴文理学院被确定为硕士学位授权立项建设单位，有望在<SPAN lang=EN-US>2011</SPAN>年实现硕士学位零突破。（<SPAN lang=EN-US>4</SPAN>）首次对在绍民办全日制中职学校和高校按<SPAN lang=EN-US>200</SPAN>元<SPAN lang=EN-US>/</SPAN>生·年的标准实行补助，计<SPAN lang=EN-US>560</SPAN>多万元。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">在充分肯定<SPAN lang=EN-US>2009</SPAN>年取得的成绩的同时，我们也应清醒地看到自身存在的不足：如行风排位较<SPAN lang=EN-US>2008</SPAN>年有明显下滑、行风建设有大量的工作要做；招生中的不公平现象时有反映；加强教师队伍建设特别是师德建设、抵制有偿家教任重而道远；部分区域重点高中推荐生比例没有达到省定要求、高中段巩固率有待进一步提高；特教学校建设进展不快，与省定<SPAN lang=EN-US>30</SPAN>万人以上的县市都要建立培智学校的要求尚有一定差距等。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 黑体">二、</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体">2010</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体">年教育工作的总体态势、总体要求和主要目标<SPAN lang=EN-US style="COLOR: black"><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">2010</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">年是绍兴教育“十一五”规划的收官、“十二五”规划的制订和国家《中长期教育改革和发展规划纲要》的起始实施、全国教育工作会议召开之年；也是绩效工资改革全面辅开、校安工程全面攻坚、规范办学行为政策规定全面贯彻之年，同时还是第六届世界合唱比赛的承办和镜湖高教园实质性建设开工之年。对此，我们有机遇、有挑战、有压力，更有责任，把绍兴教育在我们手中推向更高水平。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（一）认清教育大势<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">一是优质化。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">质量是教育的生命。没有质量的教育，是名不副实的教育；质量不高的教育，是贻误发展的教育。提高教育的优质化程度就是实施适合学生的教育，使我们的教育对学生的一生发展负责，为学生的终生幸福奠基。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">二是均衡化。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">基础教育均衡发展是世界各国教育发展的均势，也是社会公共产品公平分配和共享的重要体现。教育部今年<SPAN lang=EN-US>1</SPAN>月在《关于贯彻落实科学发展观，进一步推进义务教育均衡发展的意见》中已明确提出了推进义务教育均衡发展的时间表：<SPAN lang=EN-US>2012</SPAN>年实现义务教育区域内初步均衡，<SPAN lang=EN-US>2020</SPAN>年实现区域内基本均衡。对绍兴而言，要继续推进义务教育的高位均衡发展，既重视城乡之间的教育均衡，又重视学校之间的教育均衡；既重视硬件条件均衡，又重视软件条件均衡，力争义务教育发展的均衡化进度走在全省全国前列。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">三是规范化。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">总体来讲，教育工作的透明度越来越高，监督力度越来越大，社会对教育公平公正的要求越来越强烈，这是大势所趋。在这样的大势下，唯有规范办学行为、公正从严治教，才能越走越宽。对此大家一定要认识到：如果办学不规范，处事不规矩，迟早要出事；早规范出小事，迟规范出大事。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">四是效能化。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">目前，通过师生加班加点的空间几乎没有，但增加单位时间的教学效率的空间仍然很大。教学要减负提质、减时增效，摈弃那些低层次的机械训练和无效重复劳动，走效能化之路。<B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US><o:p></o:p></SPAN></B></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（二）把握工作定位<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">绍兴教育的发展水平要与绍兴作为全国首批历史文化名城的地位相匹配，与绍兴经济社会发展水平相协调，与人民群众的教育需求相对接，与市委市政府走在前列、逐年进步的要求相一致。</SPAN><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312"><o:p></o:p></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（三）紧扣工作主题<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">对学生一生负责、办人民满意教育、建现代教育强市<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（四）坚持工作基调<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">总基调：</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">抓统筹促均衡、抓管理促优质、抓突破促协调、抓规范促和谐。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．抓区域统筹，促进教育的均衡发展。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">优先发展农村教育，统筹城乡资源配置，加大城区薄弱学校扶持力度，进一步扩张优质教育资源，促进教育的高位均衡发展。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．抓管理创新，促进教育的优质发展。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">以质量和效益为重点，以绩效工资改革为契机，加大教育管理和学校管理改革创新力度，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">着力<SPAN style="COLOR: black">提升各级各类学校的内涵发展能力和可持续发展能力，努力</SPAN></SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">让更多的人接受更好的教育</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．抓重点突破，促进教育的协调发展。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">切实优化教育结构，进一步统筹各级各类教育发展，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">着力实现学前教育、高等教育的突破性发展，义务教育、高中段教育的提升性发展<SPAN style="COLOR: black">。<SPAN lang=EN-US> <o:p></o:p></SPAN></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">4</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">．抓规范办学，促进教育的和谐发展。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">依法治教，规范从教，公正施教，切实解决社会关注的热点难点问题，努力促进高质量的教育公平，努力办让党放心、让人民满意的绍兴教育。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（五）明确工作目标<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">．各级各类教育的普及度有新提升。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">全市学前三年幼儿入园率<SPAN lang=EN-US>98%</SPAN>以上，小学、初中和“三残”儿少入学率<SPAN lang=EN-US>100</SPAN>％，初中毕业生升高中段学校比例<SPAN lang=EN-US>98</SPAN>％以上，普职比保持<SPAN lang=EN-US>1</SPAN>：<SPAN lang=EN-US>1</SPAN>左右，贫困家庭子女接受帮扶率<SPAN lang=EN-US>100%</SPAN>，符合条件的外来民工子女接受义务教育率<SPAN lang=EN-US>100%</SPAN>，高等教育毛入学率达<SPAN lang=EN-US>48%</SPAN>。<SPAN lang=EN-US>30</SPAN>万人口以上的县（市）建立培智学校。<B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US><o:p></o:p></SPAN></B></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">．义务教育的均衡度有新提升。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">全面实施城乡教育均衡度考核，扎实推进义务教育学校发展性评价制度，争取教育基本现代化乡镇覆盖率达<SPAN lang=EN-US>80%</SPAN>以上；义务段标准化学校创建率继续走在全省前列。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">．基础教育和职业教育的优质度有新提升。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">全市标准化幼儿园创建率<SPAN lang=EN-US>40%</SPAN>以上，省等级幼儿园创建比例达<SPAN lang=EN-US>75%</SPAN>以上。职业学校</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">省级以上示范基地和示范专业数全省领先。继续保持高考上线率和冒尖率全省领先地位，确保全国、全省学科竞赛和职业技能竞赛中，成绩和素质教育继续走在同类城市前列。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">4</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">．教育综合实力有新提升。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">抓好重点项目和重大工程建设，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">调整优化学校网点布局和中高职学校的专业布局，积极开展教育强县现代化水平评价试点的争创工作，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">使教育与绍兴经济社会发展和</SPAN><SPAN class=browa1><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; LETTER-SPACING: 0pt; mso-hansi-font-family: ''; mso-ascii-font-family: ''">大城市建设</SPAN></SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">结合更加紧密</SPAN><SPAN class=browa1><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; LETTER-SPACING: 0pt; mso-hansi-font-family: ''; mso-ascii-font-family: ''">，</SPAN></SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">进一步增强教育发展的综合实力。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">5</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312">．行风评议和群众满意度有新提升。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">关注民生、破解难题、办好实事、抓好服务，进一步推进教育的公平、公正，力争行风评议有新提升，群众满意度有新提高。</SPAN><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋_GB2312"><o:p></o:p></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 黑体">三、<SPAN lang=EN-US>2010</SPAN>年绍兴教育的工作重点<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-bidi-font-family: 仿宋_GB2312">（一）以完善防范管理体系为重点，全力维护校园的安全稳定<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">安全稳定压倒一切。<SPAN lang=EN-US>2010</SPAN>年全市安全稳定工作是要牢固树立“发展是第一要务、稳定是第一责任、安全是第一质量”的意识，</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体; mso-hansi-font-family: 宋体">继续坚持“</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">以人为本、以防为主、以避为先”，切实健全“五个体系”：<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．目标体系。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">安全稳定工作要立足于抓早，把安全隐患和工作矛盾解决在萌芽状态，解决在政策制订的阶段；要立足于抓细，安全隐患往往是在一些不起眼的地方、一个不经意的疏忽发生，因此要严谨细致、注重细节，抓好苗头、不留死角；要立足于抓实，用实功、重实干、求实效，切实将安全工作放在心上、抓在手上、体现在行动上，确保在<SPAN lang=EN-US>2009</SPAN>年的基础上进一步降低学生非正常死亡人数，杜绝校园安全责任事故和各类群体性事件的发生，确保校园安全稳定。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．责任体系。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">要健全“一岗三责（管工作、管安全稳定、管行风作风）”责任制，落实《安全稳定工作岗位责任制》，进一步强化安全稳定责任链，即从局长、分管局长、科长，到校长、教师、门卫、卫生人员、实验人员等都要做到守土有责、维稳有方。人人都要</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋">高度重视、切实维护校园的政治稳定，要严密组织，认真做好重大活动、考试的安全稳定工作，要确保世界合唱节合唱比赛驻宾学校的安全有序。尤其是绩效工资实施后，要正确处理好义务教育段教师与非义务教育段教师（特别是</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 宋体">非义务段退休教师</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋">）、同一地区各县域、教师岗位与管理后勤岗位、公办学校与民办学校间的这四大关系，确保稳定大局。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．管理体系。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">继续完善由市教育局安监处、县（市、区）教育局安监科、学校安全监督管理办公室、班级安全委员构成的四级管理网络，着力实现安全管理“三个转变”：一是从只管校内的秩序转变为校内校周边的秩序一起管理；二是从单位领导有责任转变为每个教工有责任；三是从临时应急式的管理转变为持续常态化的管<SPAN style="mso-bidi-font-weight: bold">理。</SPAN><SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">4</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．防控体系。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">强化“八个一”和“五个全面”相结合防控工作机制，重点全面落实<SPAN lang=EN-US>600</SPAN>人以上学校设立医务室、全面消灭<SPAN lang=EN-US>C</SPAN>级食堂、全面规范覆盖校方责任险、全面落实学校自备水源整改的扫尾工作。加快推进学生接送车公交化步伐，积极抓好甲型<SPAN lang=EN-US>H1N1</SPAN>流感的防控工作，有效破解校园周边交通拥堵问题，加大校园安全隐患排查力度，建台账、强演练、抓整改，建立健全校园周边环境综合治理机制。要抓实安全工作行事历，完善季节性安全工作重点预警机制。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">5</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．考核奖惩体系。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">学校安全稳定工作列入对县（市、区）和市属学校年度考核的重点内容，对安全稳定责任事故实行一票否决制，同时追究领导责任。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 'MS UI Gothic'">（二）以抓好校舍安全工程和重点建设工程为重点，进一步改善办学条件。</SPAN></B><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．全力推进校舍安全工程。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">根据校安工程三年规划，要抓紧对全市<SPAN lang=EN-US>98</SPAN>万平方米<SPAN lang=EN-US>1028</SPAN>幢校舍的加固改造工作，做好校舍安全工程数据信息的采集，建立校舍档案室，启用校舍安全工程信息系统等</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-bidi-font-size: 12.0pt">，抓紧前期准备，落实改造经费，开辟快速通道</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">。市属学校要做好稽山中学、文理附中等<SPAN lang=EN-US>9</SPAN>所学校<SPAN lang=EN-US>35</SPAN>个拆建、加固工程项目。加大督查力度，处理好工程进度与工程质量，工程建设与教学工作、师生安全，工程建设与廉政建设的关系，确保<SPAN lang=EN-US>2010</SPAN>年<SPAN lang=EN-US>399</SPAN>所学校的校舍得到加固改造，完成总工程量的<SPAN lang=EN-US>90%</SPAN>。要把实施中小学校舍安全工程与推进标准化学校建设、完善教育布局有机结合起来，把义务段标准化学校创建率列入市对县（市、区）考核内容，确保继续走有全省前列。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．扎实推进重点工程建设。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">积极落实“三年建设计划”，抓紧各县（市、区）重点工程建设。启动上虞城西小学、城南小学和嵊州城西小学、城南幼儿园的新建工程；抓好绍兴县鲁迅中学柯桥校区和特殊学校扩建工程；推进诸暨市绍兴农校迁建工程三期；做好越城区迪荡小学、城西小学、城北小学、灵芝小学、斗门小学、群贤中学等新建，柯灵小学、辨志小学扩建和英才学校改建等三年重点工程建设项目。要抓紧抓实市属学校重点工程建设，加快城南中学建设进度，力争在年底前交付使用；抓紧做好绍兴一中、稽山中学学生宿舍扩建工程，确保年初动工，年底前完工；抓好绍兴第一初级中学教育集团龙山校区的扩容整合工作，确保秋季招收新生；启动迪荡中学建设工程；浙江农业商贸职业学院续建工程完成土建主体结顶。抓好未建培智学校的县市（绍兴县、嵊州市、新昌县）建设工作，确保年内基本建成。<SPAN lang=EN-US> <o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．加快推进镜湖高教园建设。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">协调推动高教园相关审批报告编制工作，积极配合镜湖新区做好园内拆迁工作，切实推进前期工作进度，争取<SPAN lang=EN-US>5</SPAN>月底前完成拆迁任务，<SPAN lang=EN-US>6</SPAN>月底入园高校<SPAN style="COLOR: black">开工建设，<SPAN lang=EN-US>2011</SPAN>年秋季交付使用。同时积极争取引进外地高校到我市高教园办学。</SPAN><SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">4</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．认真做好世界合唱比赛合唱村修缮改造工作，安全顺利完成合唱队接待任务。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">按照分工负责、属地管理的原则，<SPAN style="COLOR: black">按期完成合唱村学校改造、修缮及相关设施配套任务，做好合唱村管理保障服务，提高接待质量，使中外选手满意。同时要认真组队参赛，争取取得好成绩。</SPAN><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US><o:p></o:p></SPAN></B></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（三）以加快农村教育和薄弱学校建设为重点，进一步提升教育均衡度。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">．实施政策倾斜，优化办学资源配置。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）政策倾斜。进一步加大农村教育扶持力度，强化农村教育政策保障，继续落实已出台的一系列“向农村学校倾斜、向薄弱学校倾斜”的政策。推动普通高中招生改革，将省一级重点高中招生推荐生的比例扩大到<SPAN lang=EN-US>50%</SPAN>，进一步抑制择校热，稳定农村学校和市区薄弱学校的优秀生源。（<SPAN lang=EN-US>2</SPAN>）经费倾斜。全额保障农村学校和市区薄弱学校的经费投入，统一城乡生均公用经费标准，确保市区农村小学、初中生均公用经费在<SPAN lang=EN-US>600</SPAN>元、<SPAN lang=EN-US>800</SPAN>元的基础上有所增长，确保各县（市、区）生均公用经费最低标准超过省定标准。落实绩效工资向农村倾斜，特别是向边远农村倾斜。优化市属学校教学配置，重点更新薄弱学校的计算机、多媒体、实验室等教学设施。切实做到教育经费统筹、总投入增长、办学条件改善以农村学校和薄弱学校为主。（<SPAN lang=EN-US>3</SPAN>）师资倾斜。发挥统筹调控作用，切实保障农村教师尤其是骨干教师队伍的稳定；推行“新教师招聘农村学校、薄弱学校先招，新教师调入农村学校、薄弱学校先挑”的举措，加快培育农村学校的优质师资；通过待遇上倾斜、职评上倾斜和评优上倾斜，在正确的用人导向、合理的利益导向、科学的目标导向上推进城乡学校师资、优势学校与薄弱学校师资均衡发展。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">．推进资源共享，盘活教育资源存量。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）实施镇域资源共享。以镇为单位，实行农村乡镇中心校和完小镇域一体化管理体制，推进物资、管理、教研、师资的共享，缩小乡镇中心校和完小之间的差距。（<SPAN lang=EN-US>2</SPAN>）实施名校资源共享。继续探索和推进城区品牌学校与郊区或开发区薄弱学校的“一块牌子、一套班子、多个校区、四个统一（统一管理、统一财务、统一师资，统一考核）”集团化办学模式。同时推动城乡学校之间、品牌学校与薄弱学校之间的结对帮扶工作纵深化。（<SPAN lang=EN-US>3</SPAN>）实施名师资源共享。进一步加大城乡学校教师、校领导间的交流力度，推动县域内教师流动机制的建立，完善城区教师农村任教服务制度和城乡学校领导干部交流制度，充分利用名师带徒、名师定期定点送教、名师工作室等活动载体，开展特级教师携手农村大行动。通过刚性和柔性相结合的交流方式，健全城乡间流动、城市支援农村、名校扶持弱校、城区学校帮带农村学校的教师管理机制。（<SPAN lang=EN-US>4</SPAN>）实施教学资源共享。扎实推进农村中小学现代远程教育工程，提高农村中小学现代教学技术装备水平，建成教学资源信息平台，充分发挥特级教师工作室和学科资源库等网络资源优势，拓展教学资源共享空间。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（四）以优化教育体系为重点，进一步推进各级各类教育协调发展。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">．重规范、抓拓展，加快发展学前教育。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）抓好市政府关于加快学前教育发展的意见的贯彻落实。继续开展学前教育先进县（市、区）争创工作和督查工作，确保学前教育发展规划、幼儿园网点布局、学前教育专项发展经费、幼儿教师专项补助经费、幼儿教师编制等落实到位。（<SPAN lang=EN-US>2</SPAN>）扎实推进幼儿园达标升等工作。全市标准化幼儿园创建率达<SPAN lang=EN-US>40%</SPAN>以上，省等级幼儿园创建比例达<SPAN lang=EN-US>75%</SPAN>以上，等级幼儿园在园儿童数占幼儿园在园儿童总数的比例达到<SPAN lang=EN-US>90%</SPAN>左右。（<SPAN lang=EN-US>3</SPAN>）切实加强中心幼儿园建设。以省中心幼儿园建设项目实施为契机，拓展农村优质学前教育资源，召开“全市农村学前教育工作现场会”，推广乡镇中心幼儿园“三独立、四统一”管理模式，出台关于进一步加强中心幼儿园建设的意见，力争<SPAN lang=EN-US>100%</SPAN>的乡镇中心幼儿园和<SPAN lang=EN-US>70%</SPAN>的中心村幼儿园进入省等级幼儿园行列。（<SPAN lang=EN-US>4</SPAN>）着力提高幼儿教师专业水平。积极探索农村幼儿园园长队伍培训新模式，构建乡镇中心幼儿园综合发展评估体系，加强保健及保育工作人员队伍建设，确保全市幼儿教师学历合格率达<SPAN lang=EN-US>99%</SPAN>，幼儿教师大专及以上学历比例达<SPAN lang=EN-US>65%</SPAN>。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">．重均衡、抓薄弱，巩固优化基础教育。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）强化义务教育经费保障机制。进一步落实“以县为主”基础教育管理体制，在全面实施免费义务教育基础上，确保生均公用经费超过全省最底标准，并比上年有新的提高，贫困生资助扩面、爱心营养餐、校舍维修改造、教职工合理收入等经费全额到位。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>2</SPAN>）加强基础教育有效教学研究。<SPAN style="COLOR: black">着眼于优质化和效能化，积极推进基础教育教学改革，切实将教学研究的重心转移到</SPAN>研究学生、研究课堂、研究教师的专业发展、研究学校的特色建设上来。要<SPAN style="COLOR: black">加强对后<SPAN lang=EN-US>20%</SPAN>学生的跟踪监测和引导成长。（<SPAN lang=EN-US>3</SPAN>）提升普通高中整体办学质量。积极实施“关注中等生、催化临界生、培养特长生、转化后进生”策略，促进全体学生的全面发展。建立高中教学质量科学评价机制，重点关注高考的上线率、冒尖率，自身纵向比较的增长率，与同类学校横向比较的领先率，学生与入学相比的进步率，学生身心发展的健康率，走上社会后的成才率。（<SPAN lang=EN-US>4</SPAN>）改革调整中考加分政策和普通高中招生办法。继续按照“减项、降分、限高、公示”原则，完善中考加分政策。完善普高推荐生招生办法，省重点高中推荐生比例提高到<SPAN lang=EN-US>50%</SPAN>，适当增加市区普高并轨生的招生人数。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">．重技能、抓服务，大力发展职业教育。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">职业教育要体现素质为上、技能为根、教师为本、就业为魂。素质为上是指职业教育要把培养有全面素质和职业道德的学生作为职业教育的中心工作；技能为根是指培养技能是职业教育的根，根深才能叶茂；教师为本是指建设“双师型”教师队伍是发展职业教育的关键，没有“双师型”教师，就没有高质量的职业教育；就业为魂是指发展职业教育的根本目的，就是要促进学生就业。对此，绍兴职业教育要深化新一轮“六项行动计划”，着力于“加大五个力度”，进一步打响“两高品牌”：高技能的专业品牌、高素质的德育品牌。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）加大专业结构布局的调整力度。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">职业教育是与经济发展关联度最密切的教育，职业教育要结合经济发展、企业社会需要加大专业结构布局调整力度，不断提高与经济社会发展的吻合度。当前要按照省厅发展职业教育的基本思路（实现中职专业建设由以县域为单位统筹向以设区市为单位统筹转变），把握省厅有关文件精神（省级经费将更多地与调整优化专业结构捆绑起来使用），结合我市特色产业城市建设重点和产业结构调整的新动向，深化优势学校和特色专业建设，加大专业布局设置调整力度，扶特扶优扶强，防止低水平重复建设。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>2</SPAN>）加大高技能型教师和示范专业（基地）的建设力度。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">目前，我市职业学校专业教师中“双师型”教师虽已<SPAN lang=EN-US>66.7%</SPAN>，但副高以上技能教师只占“双师型”教师的<SPAN lang=EN-US>18%</SPAN>，高技能型教师还比较缺乏，各地在引进高技能型教师上要有新的突破。同时，要积极创建一批国家、省实训基地和省示范专业，实现全市省级示范专业<SPAN lang=EN-US>40</SPAN>个以上，省级以上实训基地<SPAN lang=EN-US>25</SPAN>个以上，省级以上示范基地和示范专业数保持全省领先。要探索职业教育合作办学新模式，争取组建教育集团，增强发展实力。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>3</SPAN>）加大高技能品牌的打造力度。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">高技能品牌的标志性工作是要争取师生技能竞赛成绩继续走在全省前列。技能大赛反映了竞赛项目所对应的职业领域最新的要求标准，体现了产业、行业升级发展的趋势方向，显示了职业岗位最先进的操作规范、程序方法。技能竞赛成绩是职业教育的试金石、风向标，是对办学水平的重要检验。因此，要通过深化教学改革，完善中职学生考高级工证书制度，推进校企合作，改善师生实训条件，进一步提升师生技能水平。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>4</SPAN>）加大全市统一招生力度。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">全市中职招生要树立一盘棋思想，加大统招力度，各地不能违规设卡。要主动出击，进一步扩大面向全省及全国跨地域招生面。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>5</SPAN>）加大单考单招与“<SPAN lang=EN-US>3+2</SPAN>”专业的拓展力度。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">今年全省要增加高职面向中职的单考单招数量，要尽早准备，让更多的中职生接受高职教育，进一步拓宽人才培养立交桥。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">4</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">．重质量、强内涵，提升发展高等教育。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）稳定高校招生规模</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-bidi-font-size: 12.0pt; mso-ascii-font-family: 'Times New Roman'">。</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-bidi-font-size: 12.0pt">招收全日制普通本专科新生<SPAN lang=EN-US>1.6</SPAN>万人<SPAN lang=EN-US>, </SPAN>在绍高校办学规模稳步扩大</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-bidi-font-size: 12.0pt; mso-ascii-font-family: 'Times New Roman'">，生源质量进一步提高，</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">浙江越秀外国语学院印第安纳波利斯大学国际学院要争取招收<SPAN lang=EN-US>350</SPAN>名新生</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-bidi-font-size: 12.0pt; mso-ascii-font-family: 'Times New Roman'">。</SPAN><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>2</SPAN>）深化高校内涵建设。加强市级第二批重点学科（专业）、精品课程、创新创业实践基地建设，规范经费的管理，提高经费使用效益。组织开展大学生五大技能竞赛，提高技能水平。（<SPAN lang=EN-US>3</SPAN>）切实维护高校稳定。加强高校的政治稳定和校园稳定，认真开展党的宗教政策教育活动，切实做好高校毕业生就业工作（<SPAN lang=EN-US>2010</SPAN>年预计将超过<SPAN lang=EN-US>1.52</SPAN>万人），深化“平安校园”创建，在<SPAN lang=EN-US>6</SPAN>月底前平稳有序完成绍兴托普信息职业技术学院的资产过户工作。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（五）以深化素质教育为重点，进一步促进学生的全面发展。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．推动中小学“减负”工作。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">对于减负，总体来说是想法各异：学生盼望减负；家长想减又怕减；校长、教师想减又不敢减。我的态度是：“要按照省教育厅《关于推进实施素质教育的意见》，坚决减、科学减，特别是义务教育段”。 <SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）<SPAN style="COLOR: black">减负的基础是减量。</SPAN></SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">学生过重的负担不只表现在课堂，还有课外；不只来自学校，还有家庭和社会；不只表现在体力，还有心理负担。减负就是要减少违背规律的做法，减轻学生不必要的过重课业负担，减掉以牺牲学生健康为代价的高负担。减负的阵地在课堂、减负的对象是学生（教师要加压），减负的成效看教师。要根据“合理分配时间、严</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">格控制教学时间、切实保障休息时间、适当增加文体时间”的要求，确保规定的各门课程开齐开足<SPAN lang=EN-US>, </SPAN>确保学生每天在校<SPAN lang=EN-US>1</SPAN>小时的体育锻炼时间<SPAN lang=EN-US>,</SPAN>确保学生拥有足够的睡眠休息时间，切实体现学生的心理减负、课外减负、家庭减负、课堂减负。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>2</SPAN>）<SPAN style="COLOR: black">减负的目的是提质。</SPAN></SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">减负不等于不要升学率，不等于不要教育质量，更重要的在于切实减轻学生负担后，如何科学高效地提升质量，增加教师的有效劳动和学生的有效学习，促使学生更加生动活泼、积极主动地得到发展。对此，要把深入推进教学改革作为增效的核心，把推进学生作业教师要精选、先做、全批、快评作为减负的重要办法，把切实加强学法指导作为增效的保证，把着力提升管理效能作为增效的后盾。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>3</SPAN>）</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">健全督查整改机制。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">学校各学段课程开设、作息安排等实行公示制度，公开接受社会监督。开展减负专项督查，加强接诉查办力量，加大惩治整改力度，并将减负成效列为学校考核的重点内容，<SPAN style="COLOR: black">决心坚定，规定刚性，手段强硬，</SPAN>确保“减负”工作取得阶段性成效。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>4</SPAN>）实施区域性推进策略。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">结合各地各校发展水平不平衡的实际情况，积极谋求因地制宜的减负良策，探索“轻负高质”教育的区域性实施工作，最终在一定的区域内逐步实现整片联动、稳步推进。同时，减负也要区别对待，部分农村学校要加压。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．提高学校德育工作水平。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）构筑预防青少年犯罪的教育预警机制。联合出台《关于建立预防中学生违法犯罪预警机制的指导意见》，建立协调工作小组，配备市属学校联络员，构建联防体系，有效预防和减少青少年违法犯罪现象的发生，力争实现全市在校中小学生罪错率为零的目标。（<SPAN lang=EN-US>2</SPAN>）加强德育工作队伍力量。提高班主任待遇，探索配备德育教研员，加强班主任工作研究，推进中小学德育导师制，完善后<SPAN lang=EN-US>20%</SPAN>学生帮扶机制，加强生活指导老师建设，关注青少年身心健康<SPAN lang=EN-US>, </SPAN>提高心理健康教育的针对性和有效性，逐步做到每所规模学校配备<SPAN lang=EN-US>1</SPAN>名心理健康指导教师。（<SPAN lang=EN-US>3</SPAN>）完善德育工作考评制度。对学校德育工作考核标准进行细化，做到评价科学全面、结果客观可信。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．促进学生综合素质提升。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）强化体艺工作。广泛推行“大课间活动”制度，积极推动“阳光体育运动”，开展中学生三大球联赛，继续抓好中学生艺术特长水平<SPAN lang=EN-US>B</SPAN>级测试。体育中考坚持“重平时、重经常、重身心健康”的导向，体质健康合格率达<SPAN lang=EN-US>90%</SPAN>以上。对市属学校学生开展体能测试，对各县（市、区）学生逐步实施体能抽测，公布体能测试和抽测结果的排位，并列入对市属学校和各县（市、区）的年度考核。（<SPAN lang=EN-US>2</SPAN>）深化饮食教育。完善《饮食教育示范学校评选标准》，召开全市饮食教育推进会，评选第二批饮食教育示范学校，进一步在全市推进饮食教育“五进”活动。（<SPAN lang=EN-US>3</SPAN>）积极拓展中小学素质教育实践基地。在各地区域特色教育的基础上，充分利用本地资源，建成一批省级中小学素质教育实践基地。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（六）以加强师德师能建设和党风行风建设为重点，进一步提高教</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-bidi-font-family: 仿宋_GB2312">师队伍素质，提升群众满意度。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">1</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．规范教师执教行为，进一步加强师德师风建设。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">各地各校要切实执行市教育局《关于进一步加强教师职业道德建设 抵制有偿家教的意见》，发动广大教师抵制有偿家教。要建立和完善教师职业道德考核、奖惩机制，把职业道德作为教师考核的重要内容和职务聘任的重要依据。坚持教育和整治并举，加大对管理不力学校的责任追究力度和违规教师的处理力度，实行评优评先、评职晋职师德一票否决制，防止个别案例影响整体声誉。要建立有效的教师职业道德建设监督机制，加大专项督查力度，做到有报必查、查实必究。要加大教育的正面宣传力度，提高网络舆情的研判、应对能力，进一步营造良好的外部环境。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">2</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．完善绩效工资实施，进一步发挥导向激励作用。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）要</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋">统筹兼顾各类人员之间的利益分配关系，按照两个倾斜（向一线骨干倾斜、向农村倾斜）的原则，</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">坚持学校奖励性绩效工资分配以责任和业绩为依据，多劳多得、优绩优酬，适当拉开差距</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋">完善义务教育学校</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">教师</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312; mso-hansi-font-family: 仿宋">绩效考核办法</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">。（<SPAN lang=EN-US>2</SPAN>）要加强非义务教育学校教师收入的调研分析工作，按照“早摸底做到心中有数、早分析做到难烦有底、早谋划做到争钱有方、早指导做到分钱有序”，制定出台并平稳组织实施非义务教育学校教师绩效工资实施方案。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">3</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">．关注教师成长发展，进一步提升队伍整体素质。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）加强骨干教师队伍建设。继续完善名优教师梯次化培养体系，全面推行高级教师星级评定制度，做好省第十批特级教师推荐、评选工作。高质完成三级“领雁工程”培训任务，选拔全市<SPAN lang=EN-US>160</SPAN>名农村完小校长接受“领雁工程”骨干培训。“领雁工程”只有起点，没有终点；要抓好“领雁工程”的训后管理和后续跟进，充分发挥他们农村教育领雁人的作用。（<SPAN lang=EN-US>2</SPAN>）加强校长队伍建设。修订《市属学校中层干部竞争上岗实施意见》，完善校长负责制和校长任期制，建立全市中小学校长培训中心远程培训平台，实施全市第二轮名师名校长工程，选派校长赴上海挂职锻炼。（<SPAN lang=EN-US>3</SPAN>）增强教师体能素质。全市教育系统组队参加绍兴市第七届运动会，并纳入各县（市、区）教育局年度工作业绩考核。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">4</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">．加强党风廉政建设<SPAN lang=EN-US>,</SPAN>巩固推进惩防体系。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">（<SPAN lang=EN-US>1</SPAN>）扎实推进党组织建设。<SPAN style="COLOR: black">在加强学校党建工作调研的基础上，进一步加强党的思想建设、党员干部队伍建设和党的基层组织建设，特别要抓好教育类新社会组织的党建工作，全面完成党组织的建设任务。组织开展学校党组织负责人的系统培训，完善党建工作目标责任制。</SPAN>（<SPAN lang=EN-US>2</SPAN>）全面深化反腐倡廉体系建设。<SPAN style="COLOR: black">通过述廉评廉、警示教育、廉政谈话、诫免谈话等载体，增强干部自律意识。认真落实《直属学校招投标管理实施细则（试行）》和《进一步加强教育财务管理工作的意见》等文件，做到严格收支管理、严格财务审计监督、严格责任追究。加强在校安工程中的资金监管，确保“工程优质、干部廉洁”。定期召开在绍高校惩防工作联席会议，全面推进廉政文化进校园活动，积极争创省、市级廉政文化进校园示范基地。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">5</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">．落实各项资助政策，健全帮困助学体系。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">按照“应助尽助、应保尽保”的原则，完善“教育券”发放制度，建立健全帮扶全程化、处理信息化、档案保密化的工作机制。加大中职学生的奖学助学力度，进一步做好中职学校农村家庭经济困难学生和涉农专业学生学费的全免工作。减免公办农村义务段学校学生的住宿费，继续开展贫困大学生结对帮扶活动。保障外来务工人员子女有序入学，确保符合条件的外来务工人员子女<SPAN lang=EN-US>100%</SPAN>入学。进一步健全从小学到大学、从本地学生到外来务工人员子女的帮困助学体系。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">同志们，教育是一项关系千家万户、千秋万代的大事业，职责特别重要，工作特别辛苦，事业特别有价值。在此，我向各位机关处室长、市属学校校长书记、各县（市、区）教育局长提三点希望：<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">一是要进一步树立“认清大局、把握大局、服从大局”的大局意识。</SPAN></B><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">认清大局就是只有明了教育发展的趋势、了解人民群众的教育需求，才能走对路、走好路，少走歪路、不走错路。<SPAN style="COLOR: black">把握大局就是只有胸中有大局，把自己所肩负的责任与大局联系起来，认清自己的方位，工作才能有方向、有意义、有章法。服务大局就是要跳出一时一地的局限，以宽广的眼界审时度势、权衡利弊，做到小局服从大局，小道理服从大道理。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">二是要进一步树立“在其位、勤其政、负其责、优其职”的责任意识。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">作为一名领导干部，不能只想职位不想作为，只想获得不想付出，只想职级不履行职能。每一位领导干部，要确保称职，争取胜职；而不能失职，更不能渎职。尤其是教育工作，不仅要“有力”，更要“用情”、“尽心”，该管的事认真管，该干的工作主动干，该负的责任自觉负，该完成的任务用心完成</SPAN><SPAN style="FONT-SIZE: 16pt; FONT-FAMILY: 仿宋_GB2312">。<SPAN lang=EN-US style="COLOR: black"><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32.15pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">三是要进一步树立“想在先、干在先、冲在先、奉献在先”的前列意识。</SPAN></B><SPAN style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312">要使我们的工作敢为人先、要使我们的事业创强争先，就必须有一种重前瞻的工作思维，想在前、谋在先，谋事先人一拍，干事快人一步；就必须有一种求实干的工作作风，心无旁骛地抓好各项工作落实，使决策定一项是一项，项项算数；工作干一件成一件，件件落实；就必须有一种讲奉献的工作精神，公在前、私在后，奉献在前、索取在后，责在人先、利在人后。<B style="mso-bidi-font-weight: normal"><SPAN lang=EN-US><o:p></o:p></SPAN></B></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312"><o:p> </o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LAYOUT-GRID-MODE: char; TEXT-INDENT: 32pt; LINE-HEIGHT: 26pt; mso-layout-grid-align: none; mso-char-indent-count: 2.0; mso-line-height-rule: exactly"><SPAN lang=EN-US style="FONT-SIZE: 16pt; COLOR: black; FONT-FAMILY: 仿宋_GB2312"><o:p> </o:p></SPAN></P>
<P> </P>
    
    </div><!--endprint-->
                        <div class="userControl">
                            <a href="javascript:doPrint()">【打印正文】</a>
    
                        </div>

                        <div class="others">
                            <div class="prev"><span>上一篇：</span><a href="/Shaoxingyizhong/Item/1411.aspx" target="_self" title="标题：绍兴一中2009学年第二学期工作思路&#xD;点击数：873&#xD;发表时间：10年03月09日">绍兴一中2009学年第二学期工作思路</a>[ 03-09 ]</div>
                            <div class="next"><span>下一篇：</span><a href="/Shaoxingyizhong/Item/1418.aspx" target="_self" title="标题：《干部学习》三字经&#xD;点击数：1125&#xD;发表时间：10年03月10日">《干部学习》三字经</a>[ 03-10 ]</div>
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