<!DOCTYPE html>
<html>
<head>
<!--#include file="userControl/title.asp"-->

</head>
<body class="aboutbody">
<!-- 公用头部 -->
<!--[if lt IE 8]>
<style>
  <style>
    body{display:none}
    .ie7{display:block !imporant;padding:100px 0;text-align:center;}
    .ie7 a{color:red}
  </style>
</style>
<p class="ie7">您的浏览器版本过低，请<a href="http://browsehappy.com/" rel="nofollow">升级浏览器</a>，或切换至其它支持HTML5的现代浏览器，以便您更好的浏览体验。</p>
<![endif]-->

<!-- 头部 -->
<!--#include file="userControl/header.asp"-->
<!-- 头部 -->

<!-- banner -->
<section class="insidebanner">
  <div class="aboutbanner">
    <div class="wrap">
      <div class="bannerText">
        <!-- <h1><span>财富</span>人生 <span>华益</span>相伴</h1>
        <h2>THE WEALTH OF LIFE HUAYI ALWAYS</h2> -->
        <img src="images/aboutbannerText.png" alt="">
      </div>
    </div>
  </div>
</section>

<section class="about speed">
  <div class="wrap">
    <div class="point">
      <ul>
        <li class="first">您现在的位置：</li>
        <li><a href="about.asp">关于我们</a>&gt;</li>
        <li>公司简介</li>
      </ul>
    </div>
    <div class="subnav">
      <ul>
        <li><a href="about.asp">公司简介</a></li>
        <li class="active"><a href="speed.asp">董事长致辞</a></li>
        <li><a href="structure.asp">组织架构</a></li>
      </ul>
    </div>
    <div class="main">
      <div class="top">
        <div class="img">
          <img src="images/speed01.png" alt="">
        </div>
        <div class="text">
          <h1><span>董事长致辞</span> /COMPANY INTRODUCTION</h1>
          <p class="big">将资本投给我们帮得了的人</p>
          <p>深圳中心区，摩天大楼林立，野蛮成长着各路资本，多数没有高大上的央企或国际背景,但他们活力无限，是中国梦最重要的推动力量之一，尽管他们并不一定意识到，或者并不在意到！如何在这群雄林立的丛林中脱颖而出？公司成立前后就和小伙伴们讨论了很多个日日夜夜：关于我们的投资理念、我们的投资策略、我们的投资方向等等！</p>
          <p>经过30多年的发展，中国社会财富得到极大增长，经济也进入升级阶段。大量旧的产业面临整合、重组，新业态、新经济蓬勃发展，逆袭、颠覆成为许多行业发展的常态。</p>

        </div>
      </div>
      <div class="down">
        <p>经过30多年的发展，中国社会财富得到极大增长，经济也进入升级阶段。大量旧的产业面临整合、重组，新业态、新经济蓬勃发展，逆袭、颠覆成为许多行业发展的常态。</p>
        <p>如此，新的公司发展不仅仅需要资本，更需要共赢、互补的合作伙伴！我们见多了资本和团队、资本和创业者之间的风雨同舟、携手共进，也见多了始合终斗、不欢而散，甚至对簿公堂的案例，我们不要这样！我们要发挥我们的优势！我们不会只做投钱的机构！我们要投入战略眼界!我们要投入战术智慧！我们要投入管理能力！我们要在互补中和被投资团队一起成长!我们要在融合中和被投资团队一起发展！我们要将资本投给我们帮得了的人！</p>
        <div class="sign">
          <p><span>华益资本董事长：王斌</span></p>
          <div class="img">
            <img src="images/speed02.png" alt="">
          </div>
        </div>
      </div>
    </div>
  </div>
</section>

<!--#include file="userControl/footer.asp"-->

</body>
</html>
