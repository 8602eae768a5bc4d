
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="UTF-8">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta content="绍兴市第一中学" name="Keywords" />
    <meta content="绍兴市第一中学" name="Description" />
    <title>家校合力 携手共赢 ——新高一家长会上的讲话--校长专栏-绍兴市第一中学</title>
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
                        <h2 class="title">家校合力 携手共赢 ——新高一家长会上的讲话</h2>
                        <!-- 副标题 -->
                        <h3 class="subTitle"><span></span></h3>
                        <script>
                        $(".Subheading span:empty").parent().hide()
                        </script>
                        <div class="property"> <span>文章来源：本站原创</span> <span>作者：王琛</span> <span>发布时间：2020年07月18日</span> <span>点击数：
    <script language="JavaScript" type="text/JavaScript" src="/Shaoxingyizhong/Common/GetHits.aspx?id=13095"></script>
    次</span>  <span><span id="content_AdminEdit"></span>
<script type="text/javascript">
$(document).ready(function()
{
    $.pe.ajax('admineditcheck',{params:{itemId:13095},success:function(s) {
        if ($(s).find('status').text() == 'OK') {
            var managedir = "/Common/GetContentEdit.aspx?itemId=13095";
           $("#content_AdminEdit").html("【<a href='" + managedir + "' target='_blank'>进入后台编辑</a>】")
        }
    }});
});
</script></span> </div>
                        <div class="conTxt"> 
      
     <h1 style="font-family: Calibri;font-size: 22pt;line-height: 240.8%;margin-bottom: 16.5pt;margin-left: 0;margin-right: 0;margin-top: 17pt;text-align: center;"><span style="font-family: Calibri;font-size: 22pt;margin: 0;padding: 0;"><strong>家校合力   携手共赢</strong></span></h1><p style="font-family: Calibri;font-size: 10.5pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: center;"><span style="font-family: Calibri;font-size: 10.5pt;margin: 0;padding: 0;">——新高一家长会上的讲话稿</span></p><p style="font-family: 楷体;font-size: 10.5pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: center;"><span style="font-family: 楷体;font-size: 10.5pt;margin: 0;padding: 0;">2020年7月18日</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">各位家长，大家好！</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.39in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">特殊时期只能以这种特殊的方式与大家见面。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.39in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">首先祝贺您的孩子通过自己的努力以优异的成绩考入绍兴一中这所百年名校，但我更想祝贺的是您的孩子通过中考的“洗礼”得到的别样的成长，特别是如果您的孩子已经顺利渡过“青春叛逆期”那就更值得祝贺。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">今天的家长会我讲话的题目是“家校合力，携手共赢”，主要想和大家交流“孩子的成长、高中三年的学习安排”两个方面问题。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.45in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>1.关于孩子的成长。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">孩子的成长一般会有三个叛逆期，分别是出现在2～3岁左右的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">“</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">宝宝叛逆期</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">”</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，7～9岁左右的“儿童叛逆期”和12～18岁左右的“青春叛逆期”。</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">由于现今孩子所处环境</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">比我们这一代</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">所处</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">环境复杂得多，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">所以一般</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">14岁左右是青少年叛逆行为的高峰年龄</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，也就是刚好处在</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">初三、</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">高一</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">这一阶段，这一阶段的孩子受到</span><a href="https://baike.baidu.com/item/%E5%8D%87%E5%AD%A6/4120286"><span style="font-size: 10.5pt;margin: 0;padding: 0;"><span style="font-size: 10.5pt;margin: 0;padding: 0;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">升学</span><span style="font-size: 16pt;margin: 0;padding: 0;"></span></span></span></a><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">、人际关系等</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">压力，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">特别</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">在家长和孩子或老师和学生之间的激烈对抗</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">等诱因时，就会容易</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">激发他们潜意识的反抗，刺激他们对外界采取抗拒行为，形成</span><a href="https://baike.baidu.com/item/%E9%80%86%E5%8F%8D%E5%BF%83%E7%90%86"><span style="font-size: 10.5pt;margin: 0;padding: 0;"><span style="font-size: 10.5pt;margin: 0;padding: 0;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">逆反心理</span><span style="font-size: 16pt;margin: 0;padding: 0;"></span></span></span></a><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">他们会</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">通过逃避学习、沉迷游戏、早恋等</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">方式</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">进行对抗</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，反叛的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">孩子</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">有的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">会</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">不计较行为后果，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">如果有认知偏差，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">甚至可能</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">出现</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">心理问题、</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">违法</span><a href="https://baike.baidu.com/item/%E7%8A%AF%E7%BD%AA%E6%B4%BB%E5%8A%A8"><span style="font-size: 10.5pt;margin: 0;padding: 0;"><span style="font-size: 10.5pt;margin: 0;padding: 0;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">犯罪活动</span><span style="font-size: 16pt;margin: 0;padding: 0;"></span></span></span></a><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">等十分极端的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">情况</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。我的观点，当孩子刚好处于这一阶段的时候，孩子的健康成长比成绩更为重要，“家校合力”首要的是任务就是要引导处于这一阶段的孩子顺利、快速走出这一叛逆</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">期</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。好在能进一中的孩子由于成绩好，一般出现类似情况会比</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">相对少些</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。但我这里要提醒一件事：孩子进入一中，马上会碰到一个</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">相关</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">成绩很现实的问题，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">就是</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">孩子高中阶段的第一次考试</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">后，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">会出现成绩在班级后几名，甚至最后一名情况。这时部分孩子会出现怀疑自己</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">能力水平</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">状况，小学初中成绩这么好，怎么现在这么差了，中考成功的喜悦也会一下子全没有了。其实一个孩子的优秀不可能因为一个暑假就变没了，只是呈现了处在中考成绩前</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">10%这样一个</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">群体中相对落后这样一个事实，但放眼全市、全省，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">你的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">孩子依旧</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">还</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">是那么的优秀！但这一时刻，对于孩子来说确实是一个关键的时刻，可能会</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">因为心态的变化</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">诱发自暴自弃、逃避学习等等情况。我们客观的态度，合理的引导对于孩子来讲，会起到非常重要的作用。关于孩子在</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">高中阶段</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">的成长，这里我仅是一个“抛砖引玉”</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，可能还</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">会有</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">许许多多</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">其他</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">或整体、或个体的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">情况</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">需要我们家校合力去思考、研究、面对和解决，比如虽然从初中到高中从时间看仅是一个瞬间，但对于孩子来说可能</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">就</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">是从不懂事到懂事的一个</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">成长的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">质变，我们教育教学方式方法</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">就</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">需要</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">随着孩子的成长</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">随之而变等等。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.45in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>2.关于高中三年的学习安排。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">孩子高中阶段学习怎么安排，会是我们大家马上要面对并迫切关注的事情，我觉得</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">也</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">有必要跟大家作一交流并形成一定的共识</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">合力</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。高中三年就如长跑，高考就如最后的冲刺，一开始跑得最猛的，未必是最后冲刺最快、成绩最好的，需要我们根据三年整体的学考、选考</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">、</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">高考考试时间序和高考</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">类别</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，结合孩子不同的个性特点、特长和成绩情况作一整体的规划和安排。</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">这里有一个导航仪原理，一旦选好了到目的地的线路，汽车开快点、开慢点其实到达目的地的时间差异不会很大</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">,说明选择合适的路径比速度更重要</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">我们这一届孩子的高考与今年毕业这一届相比会有以下5个点上的变化：</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>一是</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">高校的录取将会以高考裸分为基础，有清华北大等36所双一流学校的强基计划，复旦、交大、浙大、港中大及浙江省内学校为代表的三位一体，大部分高校裸分志愿填报录取等多种形式；</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>二是</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">高考录取将由现在的前20%、前60%两段录取统一为前60%一段录取</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，理论上讲大部分孩子都能上一段线</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">；</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>三是</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">选考科目的赋分将由现在的3分一段变为1分一段，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">选考科目的分值差异将会适度变大，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">同时将分年度固定学考科目和考试时间，如高一学年末</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">将固定</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">考历史、地理、化学和生物4门学科</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">的学考</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">等；</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>四是</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">所有学科将采用新课标、新教材</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，学习内容将会有一定变化</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">；</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>五是</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">数学语文学科命题将由浙江省自己命题变为全国命题，即采用全国卷考试。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">所以包括竞赛生、素养生等</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">各种类型</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">新高一所有同学，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">我们会结合</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">上面的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">高考</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">变化做好三年的整体教学规划和安排，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">同时也需要大家配合支持，或提供你们对孩子的固化和安排，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">具体</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">看，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">高中三年大致可</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">根据考试的时间节点</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">分为六个阶段：</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.45in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>第一阶段为现在（包括暑假）</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>开始</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>至第一次月考和</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>第一</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>学期期中考（大约近3个月时间）</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">重点是适应高中的学习和成绩分化后的合理定位与引导，其中高中阶段一开始学生在两个方面会有不适应：</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>一是</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">与初中相比，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">学习科目</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">数量、</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">内容</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">和难度</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">将大幅度增加，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">建议孩子</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">学习需要有侧重和选择，不能“眉毛胡子一把抓”；二是数学、物理等学科抽象度和难度会骤然增加，不少同学会出现跟不上</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">不适应等情况，其实只要挺过这一阶段，后续的学习就会顺畅很多，这里有一个自行车原理，停下来车子就会倒，不停既不会倒还会勇往直前</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。有的家长可能已经为孩子安排了暑期的培训或家教，我的建议是校外培训仅仅是辅助，可以有，但不要出现简单上新课替代学校主体教育等越俎代庖情况，最好根据学生实际</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">需要</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，立足解决阶段性实际问题做针对性的培训，不要被</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">培训机构</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">忽悠</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">了</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">特别提醒一下，这一阶段要重视语数外学科学习时间的投入。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.45in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>第二阶段为</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>第一</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>学期期中考至</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>高一学年结束</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>（</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>约</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>8个月左右</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>时间</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>）</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">这一阶段首先有一个确定选考科目的问题，即在物理化学生物、政治历史地理和技术</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">7门课中选3门作为高考科目，特别是各科成绩比较平均的学生会有纠结，我们的建议是可以在学习过程中根据未来专业和孩子的兴趣爱好确定1-2门并舍弃1-2门，在学习进程中逐步筛选，最后在高一学年末时最终确定策略，但有一点必须提醒，高一数学、语文和英语才是最为关键的学科，必须要花时间学扎实，其次到高一学期结束，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">历史、地理、化学和生物4门学科</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">将结束基本课程并进行学考。这一阶段，大家要注意舍得放弃，特别是孩子已经明确不作为高考科目的学科，可以与高考科目在时间精力上有所侧重，要在语数外</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">3门课上化足精力和时间。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.45in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>第</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>三</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>阶段为</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>高二学年含高一暑假和高二寒假</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>（</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>约</strong></span><span style="font-family: 宋体;font-size: 16pt;margin: 0;padding: 0;"><strong>12</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>个月左右</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>时间</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>）</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">这一阶段最为关键的是要防止懈怠，高一新进学校的新鲜感及确定选考科目的焦虑都已不存在，高考还有一定时间，所以高二阶段孩子学习最容易出现“脚踏西瓜皮滑到哪里算哪里”情况，其实高二一年才是目标清晰、最能静心学习的一年，要根据自己的实际成绩预设好努力目标，提高效率，扎扎实实抓好学习。这一年，将完成所有科目课程内容，不少科目会开始第一轮高考复习，其中物理、政治将在高二第一学期，语文、数学、技术将在高二第二学期完成学考。特别是竞赛生，这一年中要根据自己的实力及竞赛参赛成绩情况提早明确是继续冲竞赛，还是到此为止全力高考。此外，包括成绩领先的同学要关注强基、三位一体招生等校考内容，并作适度准备。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.45in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>第</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>四</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>阶段为</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>高三第一学期含高二暑假</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>（</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>约</strong></span><span style="font-family: 宋体;font-size: 16pt;margin: 0;padding: 0;"><strong>7</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>个月左右</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>时间</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>）</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">这一学期最关键的就是冲刺学期末的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">3门选考加英语高考考试，要力争首考考出最佳水平，争取可以放心放弃一部分选考科目，全力为6月份最后一次高考奠定基础。这一学期最大的纠结是如何平衡3门选考、英语高考考试与语文数学两门课学习之间的关系，是暂时搁置语文数学两门课全力冲4门高考，还是两者平衡用力将是一个纠结的抉择。我的想法是，用200个小时能使某门选考科目达到100分，但用100个小时也能使这门学科达到100分，同样的100分会有本质的区别，如果用100个小时能使某门学科达到97分，但需要用200个小时才能使这门学科达到100分，这多用的100个小时是否值，也值得考虑，不同类型孩子要区别对待，合理选择。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.45in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>第</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>五</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>阶段为</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>高三第二学期含高三寒假</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>（</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>约</strong></span><span style="font-family: 宋体;font-size: 16pt;margin: 0;padding: 0;"><strong>4</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>个月左右</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>时间</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>）</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">这一阶段的目标就是</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">全力冲刺高考。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.45in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>第</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>六</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>阶段为</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>高考后</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>（</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>约半</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>个月左右</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>时间</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>）</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">主要是全力冲刺强基、三位一体校考和志愿填报等。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">以上每一个阶段，如果不是涉及全体学生参加的内容，如强基计划校考等，我们都会以项目化的形式，通过选修课、社团等形式穿插安排落实。同时我们会密切关注孩子学习中的两个关键点：</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>一是</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>保持孩子</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>“我要学”的信心</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">研究表明，学习本质上是一种自学，无论老师讲得多精彩，孩子如果不接受不想学那将都是徒劳，所以我们会细化管理，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">避免</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">出现孩子</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">“顺其自然学习没有全力以赴”</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">情况</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">鼓励每个孩子有</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">给自己选择“希望”的决心</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">、努力学习的恒心。</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">其实对于高考，不应该是跟别人比，更为重要的</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">是</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">跟自己比；</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>二是坚定</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>孩子</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>“科学学”的清醒</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;"><strong>。</strong></span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">我们会在三年中通过“个性化报告”和“智能化数据分析”等手段，及时分析、研判每个孩子德智体美劳综合和个性情况，以及学科上的短板，并制定相应解决措施，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">避免</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">孩子出现</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">“精准性不够学习有力使不上”</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">等</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">现象</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。让每个孩子能</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">集中</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">精力</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，一步一个脚印</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">踏实学习</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">，合理分配好时间，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">提高学习的效度和效率</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">这里也希望大家，如果发现学校或教师工作中有什么问题，或相关工作与你们的期望有差距，不要简单采用相互指责或扩大化的办法，这样其实无益于问题的解决，希望家校之间或家长和老师之间，通过“坦诚深入的交流，在信息对称基础上形成共识，达成问题解决办法”的方式来解决。我也会建设多途径家校沟通的路径，确保家校之间信息畅通。</span></p><p style="font-family: Calibri;font-size: 16pt;line-height: 108%;margin-bottom: .001pt;margin-left: 0;margin-right: 0;margin-top: 0;text-align: justify;text-indent: 0.44in;"><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">谢谢大家</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">的聆听</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">！</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">我讲话的内容会以电子稿的形式发给大家。最后，</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">让我们共同为孩子们祝福，祝愿他们</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">在我们一中</span><span style="font-family: Calibri;font-size: 16pt;margin: 0;padding: 0;">健康成长！</span></p>
    
    </div><!--endprint-->
                        <div class="userControl">
                            <a href="javascript:doPrint()">【打印正文】</a>
    
                        </div>

                        <div class="others">
                            <div class="prev"><span>上一篇：</span><a href="/Shaoxingyizhong/Item/13092.aspx" target="_self" title="标题：欢迎你为“求真”而来！——在2020级高一新生报到会上的讲话&#xD;点击数：126&#xD;发表时间：20年07月13日">欢迎你为“求真”而来！——在2020级高一新生报到会上的讲话</a>[ 07-13 ]</div>
                            <div class="next"><span>下一篇：</span><a href="/Shaoxingyizhong/Item/13096.aspx" target="_self" title="标题：家长开放日讲话稿&#xD;点击数：104&#xD;发表时间：20年10月29日">家长开放日讲话稿</a>[ 10-29 ]</div>
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