<%@ page language="java" contentType="text/html; charset=utf-8"
	pageEncoding="utf-8"%>
<jsp:include page="/function/common/ruyicai_include_common_top_http.jsp"></jsp:include>
<meta name="keywords" content="博雅彩，博雅彩票，华夏百信" />
<meta name="description" content="华夏百信-您身边的购彩专家" />
<link rel="shortcut icon" href="favicon.ico" type="image/x-icon" />
<link rel="icon" href="<%=request.getContextPath() %>/function/favicon.ico" type="image/x-icon" />
<link rel="apple-touch-icon" href='csslogo.png'>
<link rel="apple-touch-icon-precomposed" href='csslogo.png'>
<title>华夏百信科技有限公司-公司简介</title>
<link href="<%=request.getContextPath() %>/function/css/danyeNew.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="<%=request.getContextPath() %>/function/js/jqueryJS/jquery-1.5.min.js"></script> 
<script type="text/javascript" src="<%=request.getContextPath() %>/function/js/util.js"></script>
</head>

<body>
<div class="header_box">
	<div class="header_logo"><a href="/"><img src="<%=request.getContextPath() %>/function/images/danye/companylogo.gif" width="340" height="45" /></a></div>
	<div class="header_txt">客服电话：400-665-1000<a href="/" style="padding-left:20px">返回购彩首页&gt;&gt;</a></div>
</div>
<div class="menu_contain">
	<div class="menu">
		<ul class="menu_list">
			<li><a href="index.jsp">首 页</a></li>
			<li> <a href="company_aboutus.jsp" class="click">公司简介</a>
				<ul class="menu_listdown">
					<li><a href="company_aboutus.jsp">关于我们</a></li>
					<li><a href="company_idea.jsp">经营理念</a></li>
					<li><a href="company_president.jsp">总裁致辞</a></li>
					<li><a href="company_advantage.jsp">我们的优势</a></li>
					<li><a href="company_contactus.jsp">联系我们</a></li>
				</ul>
			</li>
			<li><a href="qualification.jsp">资质报告</a></li>
			<li><a href="authorized.jsp">彩票授权</a></li>
			<li><a href="partners.jsp">合作伙伴</a></li>
			<li><a href="legal.jsp">法律声明</a></li>
			<li><a href="job.jsp">人才招聘</a>
				<ul class="menu_listdown">
					<li><a href="job.jsp">技术研发类</a></li>
					<li><a href="job_cp.jsp">产品运营类</a></li>
					<li><a href="job_kf.jsp">客户服务类</a></li>
					<li><a href="job_zc.jsp">内容编辑类</a></li>
				</ul>
			</li>
		</ul>
		<div class="clear"></div>
	</div>
</div>
<div class="head_imgbg">
	<div class="head_imgbox"><img src="<%=request.getContextPath() %>/function/images/danye/header_gsjj.jpg" width="950" height="107" /></div>
</div>
<div class="main_contain">
	<div class="main_left">
		<h1>公司简介</h1>
		<ul id="left_menu">
			<li><a href="company_aboutus.jsp">关于我们</a></li>
			<li><a href="company_idea.jsp">经营理念</a></li>
			<li><a href="#" class="click">总裁致辞</a></li>
			<li><a href="company_advantage.jsp">我们的优势</a></li>
			<li><a href="company_contactus.jsp">联系我们</a></li>
		</ul>
		<div class="left_kefu">
			<h2><font>客服中心</font></h2>
			<p>+ 在线:<a href="http://wpa.qq.com/msgrd?v=3&uin=1427872305&site=qq&menu=yes">点击交流(在线客服)</a></p>
			<p>+ QQ:1427872305</p>
			<p>+ 公司总机:010-62655160</p>
			<p>+ 传真：010-62652810</p>
			<p>+ 客服电话:400-665-1000</p>
			<p>+ 邮政编码:100091</p>
			<p>+ 邮箱:<a href="mailto:service@ruyicai.com">service@ruyicai.com</a></p>
			<p>+ 地址:北京市海淀区颐和园路福缘门甲1号汇缘阁</p>
		</div>
	</div>
	<div class="main_right">
		<h1>总裁致辞</h1>
		<div class="main_right_txt">
			<p>新经济时代的中国面临着全球化的趋势，这样我们面临的将是全球化的竞争，同时随着市场经济的迅速发展，我们进入了一个以客户为导向的时代，在这个时代中，必须将客户的利益放在第一位！</p>
			<p>&nbsp;</p>
			<p>在市场经济环境中，竞争能力决定了企业的现状和前途。要提高企业的竞争力，就必须推进企业的管理创新，实现科学管理。只有真正优秀的企业才能在竞争中获胜。我们要在不断把成功因素继续重复放大的同时，还需要改变一切不适应市场发展趋势的经营观念与行为习惯，进一步激发团队的激情与组织的活力，充分发挥我们的创新能力，不断超越自我，创造一种蓬勃发展的动力之源，快速提升华夏百信科技有限公司的整体竞争能力。</p>
			<p>&nbsp;</p>
			<p>华夏百信科技有限公司一直强调为用户提供贴身式服务，为用户提供最佳体验服务。博雅彩的管理团队是一个充满激情、不断创新的智慧的结晶体，我们愿与企业一道把握机遇，不断超越自我，实现共同理想！</p>
		</div>
		
	</div>
	
	<div class="main_line"></div>
</div>
<jsp:include page="/function/rules/danye/danyeFooter.jsp"></jsp:include>