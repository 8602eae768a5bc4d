
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="UTF-8">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta content="绍兴市第一中学" name="Keywords" />
    <meta content="绍兴市第一中学" name="Description" />
    <title>九届二次教代会学校工作报告--党政办-绍兴市第一中学</title>
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
                        
            <li class="first"><a href="/Shaoxingyizhong/Item/23507.aspx" target="_blank" title="标题：教育集团全体教职工大会通知&#xD;点击数：66&#xD;发表时间：2026年08月18日">教育集团全体教职工大会通知</a><span class="dateRight">[08-18]</span></li><li><a href="/Shaoxingyizhong/Item/23500.aspx" target="_blank" title="标题：教学楼办公室调整公告(定)&#xD;点击数：176&#xD;发表时间：2026年08月12日"><font style="font-weight:bold;font-style:italic ;;">教学楼办公室调整公告(定)</font></a><span class="dateRight">[08-12]</span></li><li><a href="/Shaoxingyizhong/Item/23504.aspx" target="_blank" title="标题：中共绍兴市第一中学委员会 绍兴市第一中学关于调整绍兴一中教育集团领导班子成员分工的通知&#xD;点击数：146&#xD;发表时间：2026年08月14日">中共绍兴市第一中学委员会 绍兴市第一中学关于调整绍兴一…</a><span class="dateRight">[08-14]</span></li><li><a href="/Shaoxingyizhong/Item/21245.aspx" target="_blank" title="标题：关于开展支部4月主题党日活动的通知&#xD;点击数：93&#xD;发表时间：2025年04月14日">关于开展支部4月主题党日活动的通知</a><span class="dateRight">[04-14]</span></li><li><a href="/Shaoxingyizhong/Item/23493.aspx" target="_blank" title="标题：2025学年各项先进推优名单公示&#xD;点击数：118&#xD;发表时间：2026年07月13日">2025学年各项先进推优名单公示</a><span class="dateRight">[07-13]</span></li><li><a href="/Shaoxingyizhong/Item/23448.aspx" target="_blank" title="标题：关于开展6月支部主题党日活动的通知&#xD;点击数：54&#xD;发表时间：2026年06月29日">关于开展6月支部主题党日活动的通知</a><span class="dateRight">[06-29]</span></li><li class="last"><a href="/Shaoxingyizhong/Item/22833.aspx" target="_blank" title="标题：绍兴市第一中学 2026年度“养新”党建活动方案&#xD;点击数：149&#xD;发表时间：2026年03月11日">绍兴市第一中学 2026年度“养新”党建活动方案</a><span class="dateRight">[03-11]</span></li>
          
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
                        <h2 class="title">九届二次教代会学校工作报告</h2>
                        <!-- 副标题 -->
                        <h3 class="subTitle"><span></span></h3>
                        <script>
                        $(".Subheading span:empty").parent().hide()
                        </script>
                        <div class="property"> <span>文章来源：本站原创</span> <span>作者：佚名</span> <span>发布时间：2011年01月18日</span> <span>点击数：
    <script language="JavaScript" type="text/JavaScript" src="/Shaoxingyizhong/Common/GetHits.aspx?id=3268"></script>
    次</span>  <span><span id="content_AdminEdit"></span>
<script type="text/javascript">
$(document).ready(function()
{
    $.pe.ajax('admineditcheck',{params:{itemId:3268},success:function(s) {
        if ($(s).find('status').text() == 'OK') {
            var managedir = "/Common/GetContentEdit.aspx?itemId=3268";
           $("#content_AdminEdit").html("【<a href='" + managedir + "' target='_blank'>进入后台编辑</a>】")
        }
    }});
});
</script></span> </div>
                        <div class="conTxt"> 
      
     <P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-ALIGN: center" align=center><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 18pt; COLOR: black; FONT-FAMILY: 黑体; mso-hansi-font-family: 宋体">求真务实<SPAN lang=EN-US><SPAN style="mso-spacerun: yes">  </SPAN></SPAN>创先争优<SPAN lang=EN-US><SPAN style="mso-spacerun: yes">  </SPAN></SPAN>再铸辉煌<SPAN lang=EN-US><SPAN style="mso-spacerun: yes">  </SPAN><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 18pt; TEXT-ALIGN: center; mso-line-height-rule: exactly" align=center><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">——九届二次教代会学校工作报告<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 18pt; TEXT-ALIGN: center; mso-line-height-rule: exactly" align=center><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">马德尧<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 18pt; TEXT-ALIGN: center; mso-line-height-rule: exactly" align=center><SPAN lang=EN-US style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体"><o:p> </o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">各位领导、各位代表、教工同志们：大家好！<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">现在，我代表校长室向本次教代会作工作报告，请予审议<SPAN lang=EN-US>!<o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">在过去的一年中，我校</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-family: Arial">在市教育局的正确领导下，</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">按照《绍兴一中五年发展规划》的要求，立足“内涵发展，特色发展，规范发展，和谐发展”，坚持“继承<SPAN lang=EN-US>+</SPAN>创新，法治<SPAN lang=EN-US>+</SPAN>德治，规范<SPAN lang=EN-US>+</SPAN>特色，合格<SPAN lang=EN-US>+</SPAN>特长”的方针，根据《绍兴一中<SPAN lang=EN-US>2010</SPAN>年工作思路》，以“绍兴第一、浙江一流、国内知名”为中长期目标，践行“为了师生发展，为了国家强盛”的办学宗旨，“造就身心健康发展的教师，培养身心健康发展的学生”的办学策略，坚持“文理兼备，全面发展”的培养目标，“让每一位学生都得到尽可能充分的发展”的教育目标，争创“精英教育”的学校特色、品牌，积极实施队伍建设工程、学生素质工程、教学质量工程、学校文化工程等四大重点工程，取得了令人欣慰的优异成绩。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 23.6pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 1.96"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">一、高考成绩再创辉煌<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">在全校师生，尤其是<?xml:namespace prefix = st1 ns = "urn:schemas-microsoft-com:office:smarttags" /><st1:PersonName w:st="on" ProductID="朱国强">朱国强</st1:PersonName>老师为年级组长的原高三师生的的共同努力下，高考成绩刷新历史记录，有</SPAN><SPAN lang=EN-US style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">4</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">名学生高考总分进入全省文理科前<SPAN lang=EN-US>100</SPAN>名，<SPAN lang=EN-US>6</SPAN>名学生提前保送到清华大学、北京大学，一共有</SPAN><SPAN lang=EN-US style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">11</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">人</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">进入</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">清华大学、北京大学；有<SPAN lang=EN-US>583</SPAN>人</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">上第一批分数线</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">，超过市教研院原定考核指标<SPAN lang=EN-US>47</SPAN>人；第一批上线总人数</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">位居全省第三、全市第一。我校最近四年高考第一批上线率已从<SPAN lang=EN-US>45</SPAN>％、<SPAN lang=EN-US>60.1</SPAN>％、<SPAN lang=EN-US>67</SPAN>％上升到<SPAN lang=EN-US>68.1</SPAN>％，创造了新的辉煌。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 23.6pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 1.96"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">二、各类竞赛百花齐放<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">在全校师生的共同努力下，我校各类竞赛继续呈现在校内百花齐放、在周边学校独领风骚的良好局面。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">在信息学竞赛方面，高三（<SPAN lang=EN-US>16</SPAN>）班潘宇超同学荣获国际奥林匹克银牌；至此，我校共获<SPAN lang=EN-US>4</SPAN>块国际奖牌，国际奖牌数位居全省第二，仅次于杭州二中。在今年的亚太地区信息学奥林匹克竞赛中，我校参赛的<SPAN lang=EN-US>6</SPAN>位学生荣获<SPAN lang=EN-US>4</SPAN>块金牌、<SPAN lang=EN-US>2</SPAN>块银牌，金牌数名列全国第一，约占全国金牌总数的八分之一。在<SPAN lang=EN-US>2010</SPAN>年的全国信息学奥林匹克竞赛中，我校学生荣获<SPAN lang=EN-US>2</SPAN>块金牌、<SPAN lang=EN-US>2</SPAN>块银牌、<SPAN lang=EN-US>4</SPAN>块铜牌，<SPAN lang=EN-US>3</SPAN>人被清华大学提前录取，<SPAN lang=EN-US>3</SPAN>人分别被北京大学、上海交大、复旦大学提前录取，其中<SPAN lang=EN-US>2</SPAN>人将参加下一届国家队选拔，有望再次冲击国际金牌。在<SPAN lang=EN-US>2010</SPAN>年全国青少年信息学奥林匹克联赛中，我校学生再夺<SPAN lang=EN-US>18</SPAN>块金牌，比赛成绩和获一等奖总数再次蝉联全省第一，其中周而进、裘捷中、俞则明、章彦恺四位同学取得满分成绩，并列全国第一。前年，我校战胜温州中学；去年，我校战胜镇海中学。最近，省科协已决定，继续由我校承办浙江赛区颁奖大会。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">在第<SPAN lang=EN-US>27</SPAN>届全国物理竞赛决赛中，吴宇恺同学勇夺全国一等奖，已</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">被清华大学提前录取，并将代表国家继续参加比赛</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-bidi-font-family: 宋体">。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">在第三届“丘成桐中学数学奖”大赛中，我校</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">在<SPAN lang=EN-US>542</SPAN>个团队中脱颖而出，有两个团队荣获</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">东部赛区一等奖（一共只有<SPAN lang=EN-US>5</SPAN>个），又在有<SPAN lang=EN-US>20</SPAN>个团队参加的全球总</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">决赛中名列第六、第七，荣获优胜奖，得到丘成桐数学基金会奖金<SPAN lang=EN-US>60000</SPAN>元。学校也荣获优秀组织奖（全球一共只有<SPAN lang=EN-US>3</SPAN>个）。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">在</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">由北京大学、清华大学、复旦大学、浙江大学等全国十三所著名高校和萌芽杂志社联合发起并共同主办的</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">“<SPAN lang=EN-US>99</SPAN>杯”第十二届全国新概念作文大赛中，陈恺同学荣获全国一等奖（全省一共只有<SPAN lang=EN-US>3</SPAN>个），成为全市唯一获得此项大奖的学生。在第十六届“圣陶杯”全国中学生作文大赛中，我校学生有<SPAN lang=EN-US>8</SPAN>人获一等奖，<SPAN lang=EN-US>11</SPAN>人获二等奖，<SPAN lang=EN-US>30</SPAN>人获三等奖。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">在全国新概念英语大赛中，寿佳萍同学荣获一等奖。</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-hansi-font-family: Arial; mso-bidi-font-family: Arial; mso-ascii-font-family: Arial">在</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold; mso-hansi-font-family: &#718;&#805;; mso-bidi-font-family: 宋体; mso-ascii-font-family: &#718;&#805;">第八届“全国青少年英语口语大赛”全国总决赛中，吴书婷、宋嘉颖同学荣获银牌，邵一涵、傅纹琦、何奕韬同学荣获铜牌。</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold; mso-bidi-font-family: Arial">在“体验西澳——浙江省高中英语口语大赛”中，我校</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-family: Arial">参赛选手夺得了团体总分全省第三、获奖人数和级别全省第五的优异成绩，其中钱路韵同学夺得绍兴市第一名，并荣获浙江省一等奖，暑假里已公费友好出访澳大利亚。</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">在<STRONG><SPAN lang=EN-US style="FONT-WEIGHT: normal; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">2010</SPAN></STRONG><STRONG><SPAN style="FONT-WEIGHT: normal; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">新概念英语大赛绍兴赛区决赛</SPAN></STRONG><SPAN style="mso-bidi-font-weight: bold">中，我校八位选手全部获奖。在</SPAN><SPAN lang=EN-US>2010</SPAN>年度中央电视台“希望之星”英语风采大赛浙江省总决赛中，我校<SPAN lang=EN-US>5</SPAN>位学生荣获省二等奖。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">在</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">第四届“地球小博士”全国地理科技大赛中，我校<SPAN lang=EN-US>14</SPAN>人</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-family: Arial">获得一等奖，<SPAN lang=EN-US>25</SPAN>人获得二等奖，<SPAN lang=EN-US>27</SPAN>人获得三等奖，其中有<SPAN lang=EN-US>3</SPAN>人获得</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">“地球小博士”荣誉称号。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">在浙江省首届体育大会上，我校代表队代表绍兴市参加比赛，取得了舞蹈啦啦操项目比赛银牌、技巧啦啦操项目比赛铜牌的好成绩。在全国越野定向比赛中，我校学生取得了个人<SPAN lang=EN-US>1</SPAN>块金牌、<SPAN lang=EN-US>1</SPAN>块银牌和<SPAN lang=EN-US>1</SPAN>块铜牌的好成绩。在绍兴市区乒乓球比赛中，我校取得了高中男子组冠军、女子组季军的好成绩，并获得了“体育道德风尚奖”的荣誉称号。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">在<SPAN style="mso-no-proof: yes">第二届绍兴市中小学生规范汉字书写大赛中，</SPAN>沈珂儿同学荣获高中组软笔一等奖（全市一共只有<SPAN lang=EN-US>5</SPAN>名），<SPAN style="COLOR: black">在第二届浙江省大中小学生规范汉字书写大赛中，蔡杰同学荣获高中硬笔组一等奖，陈雪萍老师被评为优秀指导教师。</SPAN><SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">这是我校弘扬“</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-family: Arial">博学，审问，慎思，笃行”</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">学风取得的又一阶段性成果</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-family: Arial">。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 23.6pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 1.96"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">三、</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">队伍建设卓有成效<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-bidi-font-family: 宋体">一年来，我校教师发扬</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">“高标准，严要求，实措施，活教法”的教风</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-bidi-font-family: 宋体">，在各级各类评比活动中，取得了累累硕果。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; TEXT-ALIGN: left; mso-pagination: widow-orphan; mso-char-indent-count: 2.0" align=left><SPAN lang=EN-US style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">1</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">月份，谢澹、朱国强、金建忠、叶建强等<SPAN lang=EN-US>4</SPAN>位老师</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">被评为绍兴市学科带头人</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">在优质课评比活动中，</SPAN><st1:PersonName w:st="on" ProductID="冯王亮"><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">冯王亮</SPAN></st1:PersonName><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">老师荣获</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">全国中学物理教学名师赛</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">优质课一等奖，<st1:PersonName w:st="on" ProductID="谢澹">谢澹</st1:PersonName>老师</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-bidi-font-family: 宋体">荣获</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">全省高中语文教师新课程教学能力展评活动</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-bidi-font-family: 宋体">一等奖，<st1:PersonName w:st="on" ProductID="钱虹燕">钱虹燕</st1:PersonName>老师荣获</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">全省高中英语教师新课程教学能力展评活动</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-bidi-font-family: 宋体">二等奖，</SPAN><st1:PersonName w:st="on" ProductID="李文明"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">李文明</SPAN></st1:PersonName><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">老师荣获全省“首届高中军事课教师授课竞赛”二等奖，</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-bidi-font-family: 宋体">钱虹燕、</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">言利水、张叠、楼开颜、王海燕等<SPAN lang=EN-US>5</SPAN>位老师荣获市级优质课一等奖。一共</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-font-kerning: 0pt">有</SPAN><SPAN lang=EN-US style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">10</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">位老师荣获市属级优质课一等奖，获一等奖人数位居市属高中第一。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><st1:PersonName w:st="on" ProductID="谢澹"><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">谢澹</SPAN></st1:PersonName><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">老师多次在全国、全省性活动中一展风采，发挥了重点中学优秀教师的示范作用，扩大了绍兴一中的影响力。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">在市属级课题优秀成果评比中，陈合力等老师荣获一等奖</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">。在市教科规划课题优秀成果评比中，王<st1:PersonName w:st="on" ProductID="柏根等">柏根等</st1:PersonName>老师荣获二等奖。一共有<SPAN lang=EN-US>7</SPAN>个课题获奖。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">在市教育教学等论文评比中，苏卫军、陈锋、王海燕</SPAN><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold">、梁边、俞建种</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">等老师荣获一等奖，范玲玲、王玉宇等<SPAN lang=EN-US>6</SPAN>位老师荣获二等奖。一共有<SPAN lang=EN-US>43</SPAN>篇论文获奖，<SPAN lang=EN-US>62</SPAN>篇论文发表。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold; mso-bidi-font-family: Arial">在</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold; mso-bidi-font-family: 宋体">第八届“全国青少年英语口语大赛”全国总决赛中，杨大为、顾向晖、谢月<st1:PersonName w:st="on" ProductID="明等">明等</st1:PersonName>老师被评为“优秀辅导教师”。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">在浙江省第十四届运动会（行业系统部）田径比赛中，<st1:PersonName w:st="on" ProductID="沈祥土">沈祥土</st1:PersonName>老师代表由省教育厅、省教育工会组建的钟声体协代表团参加比赛，荣获<SPAN lang=EN-US>4</SPAN>项第一名。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><st1:PersonName w:st="on" ProductID="赵寅芬"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">赵寅芬</SPAN></st1:PersonName><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">老师被评为浙江省第十批特级教师，</SPAN><st1:PersonName w:st="on" ProductID="陈合力"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">陈合力</SPAN></st1:PersonName><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">老师被教育部基础教育课程教材发展中心评为年度人物、被市政府评为<SPAN lang=EN-US>2010</SPAN>年度绍兴市市长奖，</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">还有一位老师被市委、市政府评为绍兴市专业技术拔尖人才、学术技术带头人。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">值得高兴的还有，蒋明、顾向晖、王燕等<SPAN lang=EN-US>3</SPAN>位老师被评为中学高级教师。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">此外，</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">我校有<SPAN lang=EN-US>7</SPAN>个名师工作室被市教育局授牌命名为名师工作室，有<SPAN lang=EN-US>26</SPAN>位中青年骨干教师成为名师工作室成员<SPAN style="COLOR: black">，等等。</SPAN><SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; tab-stops: 162.35pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">本年度，我校还实行中层干部全员竞聘上岗制度，按</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">照个人自愿报名、教工民主测评、党政联席会议研究确定等步骤重新组建了新一届中层干部班子。</SPAN><SPAN lang=EN-US style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-weight: bold"><o:p></o:p></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt 26.25pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly"><B><SPAN style="FONT-SIZE: 12pt; LAYOUT-GRID-MODE: line; FONT-FAMILY: 宋体; mso-font-kerning: 0pt">四、</SPAN></B><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">校园环境再出新貌<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">本年度，学校根据实际情况，并结合美化校园的客观需要，积极开展学生宿舍楼工程建设、校园绿化工程建设、操场</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">塑胶跑道改造、<SPAN style="COLOR: black">教工停车场建造、</SPAN>教师办公室改造、操场看台美化以及校园亮化等各项工程建设<SPAN style="COLOR: black">，并添置了大屏幕显示屏。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">各项建设工程的顺利开展，不仅优化了内部资源，改善了办学条件，而且增添了人文气息，美化了校园环境。</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">师生在优美的环境里工作、学习，享受幸福生活，促进身心健康。<SPAN lang=EN-US style="COLOR: black"><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24.1pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">五、学校影响不断扩大<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">本年度，我校成功<SPAN style="mso-bidi-font-weight: bold">接待了友好学校——德国弗里德里希二世一级文理中学由<SPAN lang=EN-US>29</SPAN>位师生组成的代表团为期一周的回访。成功接待了<SPAN style="COLOR: black">日本科学技术振兴机构（<SPAN lang=EN-US>JST</SPAN>）代表团、韩国经济新闻优秀教师参观团的来访。友好接待了温州中学、湖州中学、丽水中学、严州中学、北仑中学、苍南中学、嵊泗中学、杭州长征中学等十几所兄弟学校及陕西师大出版社等有关单位领导<st1:PersonName w:st="on" ProductID="和">和</st1:PersonName>老师的来访。</SPAN></SPAN>成功召开了第十五届全国青少年信息学奥林匹克联赛浙江赛区颁奖大会。成功承办了<SPAN lang=EN-US>5</SPAN>场第六届世界合唱比赛的友好音乐会、<SPAN style="COLOR: black; mso-bidi-font-weight: bold">全国中学语文课堂写作有效教学研讨会</SPAN>、<SPAN style="COLOR: black; mso-bidi-font-weight: bold">浙江省首届中小学生乒乓球联赛绍兴赛区市级比赛以及<SPAN lang=EN-US>2010</SPAN>年“大学新生<SPAN lang=EN-US>.</SPAN>结伴同行”晚报沙龙活动，</SPAN>等等。各种交流活动的广泛开展，扩大了学校的影响，提升了学校的形象。<SPAN lang=EN-US style="COLOR: black"><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">此外，我们还积极利用校园围栏、操场以及体育馆外墙，悬挂张贴宣传学校办学理念的标语，还通过各种媒体广泛宣传学校的办学成绩，这使学校的知名度和美誉度不断提高。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt 26.25pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">六、校园文化更显活力<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN lang=EN-US style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">2010</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">年，我们精心组织了高一新生军训活动、秋季田径运动会、<SPAN style="LETTER-SPACING: -0.3pt">迎国庆“感恩报国”大合唱和诗歌朗诵比赛</SPAN>，隆重举办了校园文化艺术节和元旦文艺会演，活动的成功举办不仅展示了一中学子的风采，而且活跃了校园文化，提升了学生的综合素质。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">此外，我校还通过求真讲坛、寝室文化节、校园书画比赛、黑板报比赛等来进一步丰富校园文化，营造文化氛围。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">本年度，</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">我校还分别邀请了青年励志演说<st1:PersonName w:st="on" ProductID="家李孝杜">家李孝杜</st1:PersonName>老师为高三学生作“冲刺高考决胜未来”为主题的励志演讲，</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">举办了由</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">新东方创始人<st1:PersonName w:st="on" ProductID="俞敏洪">俞敏洪</st1:PersonName>老师</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">参与主讲的“梦想之旅”<SPAN lang=EN-US>2010</SPAN>年全国大中学生励志讲座等，励志活动的成功举行，</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">激发了学生斗志，开阔了学生视野，活跃了校园文化。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">我校第一次师生远足活动，也收到了很好的效果。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24.1pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">七、家校联系不断加强<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">本年度的开学典礼、军训会操、文艺汇演等，我们都请学生家长参与。我们召开了家长委员会、家长学校校务委员会议。尤其是精心组织近期最大规模的家长开放日活动，收到了很好的效果。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24.1pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">八、帮困助学行善积德<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">我们认真做好教育券发放工作。新设立了天翼助学奖学金，每年资助<SPAN lang=EN-US>30</SPAN>位家庭经济困难的优秀学生。积极主动捐款，为青海玉树地震灾区人民分忧解难，一共有<SPAN lang=EN-US>14</SPAN>万元之多。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24.1pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><B style="mso-bidi-font-weight: normal"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">九、安全工作紧抓不放<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></B></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-family: Arial">我们修缮铁护栏，种植蔷薇花，修复路灯，</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">请交警在校门口设置禁止停车、调头的警示标志、隔离桩，办公室禁用电茶壶等，</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体; mso-bidi-font-family: Arial">摸排安全隐患，安装网络行为管理系统、校园安全监控系统，多次举行安全应急疏散演练，强化师生安全意识，确保学校安全、平稳。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">由于全校师生的不懈努力，本年度，我校还获得了其他许多荣誉。我校</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">被市委、市政府授予“第六届世界合唱比赛优秀场馆”称号，</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">被市教育局命名为绍兴市信息学特色学校，</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">被市档案局评定为档案工作优秀单位，</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">信息技术教研组被教育部基础教育课程教材发展中心评为优秀教研组，<SPAN style="mso-bidi-font-weight: bold">周伟丽同学荣获</SPAN></SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-font-kerning: 0pt; mso-bidi-font-family: 宋体">第二届</SPAN><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">绍兴市“十大励志少年”荣誉称号等。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">各位领导，各位代表，教工同志们，<SPAN style="COLOR: black">成绩令人鼓舞</SPAN><SPAN style="LETTER-SPACING: 0.75pt">，</SPAN><SPAN style="COLOR: black">荣誉催人奋进，但我们必须清醒地认识到，我们的工作还存在着许多亟待解决的问题和不足，学校的发展还面临着许多困难和挑战。精细化的教育管理需要我们进一步去落实，特色型的教学资源需要我们进一步去开发，高标准的教学质量需要我们进一步去突破，向课堂要质量，向管理要效益等等仍然是需要我们深入探讨研究的重大课题。<SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 23.5pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 1.96"><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">各位领导，各位代表，教工同志们，辉煌的<SPAN lang=EN-US>2010</SPAN>年已经成为校史，期待跨越的<SPAN lang=EN-US>2011</SPAN>年已向我们走来。<SPAN lang=EN-US>2011</SPAN>年是国家十二五规划的开局之年，也是我校发展进程中至关重要的开创之年。当前，全国上下在<SPAN style="COLOR: black">《<STRONG><SPAN style="FONT-WEIGHT: normal; FONT-FAMILY: 宋体; mso-bidi-font-weight: bold">国家中长期教育改革和发展规划纲要》的指引下，教育改革正在向纵深推进，教育工作面临着新的挑战和机遇。</SPAN></STRONG></SPAN>在新的一年中，我校也将<SPAN style="COLOR: black">相继实施绩效工资制、高级教师星级制等新的举措，相信这将会给学校的发展增加新的动力。我们相信，只要我们全校师生齐心协力，锐意进取，以求真务实的态度投身教育，以创先争优的热情投身事业，我们一定能够铸就绍兴一中新的辉煌<SPAN lang=EN-US>!<o:p></o:p></SPAN></SPAN></SPAN></P>
<P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 24pt; LINE-HEIGHT: 18pt; mso-line-height-rule: exactly; mso-char-indent-count: 2.0"><SPAN style="FONT-SIZE: 12pt; COLOR: black; FONT-FAMILY: 宋体">让我们同心同德、</SPAN><SPAN style="FONT-SIZE: 12pt; FONT-FAMILY: 宋体">携手共进<SPAN style="COLOR: black">，共创绍兴一中更加美好的明天，创造并享受身心健康发展的幸福生活<SPAN lang=EN-US>!</SPAN></SPAN><SPAN lang=EN-US><o:p></o:p></SPAN></SPAN></P>
    
    </div><!--endprint-->
                        <div class="userControl">
                            <a href="javascript:doPrint()">【打印正文】</a>
    
                        </div>

                        <div class="others">
                            <div class="prev"><span>上一篇：</span><a href="/Shaoxingyizhong/Item/3260.aspx" target="_self" title="标题：关于召开九届二次教代会的通知&#xD;点击数：1064&#xD;发表时间：11年01月17日">关于召开九届二次教代会的通知</a>[ 01-17 ]</div>
                            <div class="next"><span>下一篇：</span><a href="/Shaoxingyizhong/Item/3269.aspx" target="_self" title="标题：2010学年第一学期期末和第二学期开学工作行事历&#xD;点击数：1104&#xD;发表时间：11年01月18日">2010学年第一学期期末和第二学期开学工作行事历</a>[ 01-18 ]</div>
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