<!DOCTYPE html>
<html>
	<head>
		<meta charset="utf-8">
		<title>董事长致辞</title>
		<meta name="viewport" content="width=device-width, initial-scale=1,maximum-scale=1,user-scalable=no">
		<meta name="apple-mobile-web-app-capable" content="yes">
		<meta name="apple-mobile-web-app-status-bar-style" content="black">

		<link rel="stylesheet" type="text/css" href="css/common.css"/>
		<link rel="stylesheet" type="text/css" href="css/chairman_speak.css" />
	</head>
	<body>
		<div class="container">
			<header>
				<img src="image/speak-bg.png" class="bgimg"/>
				<img src="image/chairman.png" width="95" class="chairman" />
			</header>
			<p>一个人的核心竞争力,是他持续驾驭岗位的能力,一个团队的核心竞争力,是它持续创新的能力.而归根结底，来自于持续的学习能力.在当今日益变化的发展形势下，只有通过不断的学习，才能跟上时代进步的潮流。</p>
			<p>忆往昔峥嵘岁月.经过二十多年的艰苦创业,顽强拼搏,万达集团实现了由小到大、由弱到强的嬗变,走出了一条,科技促腾飞、品牌创优势、合作促发展的健康快速发展之路。</p>
			<p>企业发展了,不能忘记回报社会,因为只有社会的和谐发展,才能为企业提供更大的发展空间。</p>
		</div>
		<script src="js/jquery.min.js"></script>
		<script>
			$("p:last").css("border-bottom","none");
		</script>
	</body>
</html>