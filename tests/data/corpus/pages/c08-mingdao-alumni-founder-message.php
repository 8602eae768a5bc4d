 <!doctype HTML5>
 
<html>
 
<head><link rel="icon" href="./img/logo-icon.png" />
	<script src="./js/jquery-3.4.1.min.js"></script><script src="./js/navbar.js"></script><link rel="stylesheet" href="./main.css">
	<script type="text/javascript" src="slidemenu.js"></script>
	<title>明道中學校友會</title>
	<style></style>
</head>
 
<body>

	<div w3-include-html="./layout/navbar.php"></div>

	<div align="center" class="banner">
		<a id="top"></a>
		<div><h3 class="title">老校長的嘉許</h3></div>
		<div><p class="subtitle">關於校友會 > 校友會成員</p></div>
	</div>
	
	<div class="content" style="flex-direction:column; flex-warp:wrap;">
		<div align="center">
			<h1 align="center">創辦人汪校長廣平給校友們的勉勵與祝福</h1>
			<br>
			
		</div>
		
		<div align="left" style="width:55vw;">
		
			<br>
			<p>各位校友：</p>
			<p style="text-indent:50px;">於明道二十五年校慶時，我曾經撰了一副對聯</p>
			<br>
			<p align="center">
				<i>	無畏風雨飄搖 力挽武訓狂缺於既倒</i><br>
				<i>	且觀桃李競秀 咸欽明道壯志展鴻圖？</i>
				
			</p>
			<br>
			<p style="text-indent:50px;">
				這是我退休後發自內心的回顧，它蘊含了二十六年來披荊斬棘的蓽路藍縷，也揭示了有志竟成的期許與豪情。
				曾經有人在報刊上以「教育界的 奇蹟」來譽揚明道，但我們從不自我陶醉，本著克己自強，一步一腳印；永不滿足，日日求變求新的精神，奮勵向前。三年而擺脫武訓所留的殘局，十年生聚，十年教訓，從艱苦中不斷建設，從教學中不斷創新，教師們同策同勵，五年樹立 明道的獨特風格，同學們互切互磋，學風日上，校譽日隆，至今已是全國最完善的完全中學。 明道今日的校園之美、設備之新、教師之優、學生之眾，固為社會所稱道，而最可貴、最可傲人的郤是具有最優秀最廣大的校友群，在社會各階層、在世界各角落作出偉大的貢獻，這是明道真正光榮的所在。也是我衷心企盼各位校友更能發揚「誠實孝悌」的優良學風，去影響社會，廣結群眾，人人都能有為有守，光芒四射，相信不久，明道將因你的成就而更上層樓。
				<br><br>
				最後謹祝各位校友<br>
				身體健康，事業成功！
			</p>
				<br>
			
		</div>	
			
		<img src="./img/old.jpg" style="width:50vw;">
		
		<p align="right">	汪廣平 校長 (中)</p>
	</div>
	
	<div w3-include-html="./layout/footer.html"></div>
	
</body>
</html>


 <script src="./js/w3.js"></script>
 <script>
     w3.includeHTML();
 </script>
