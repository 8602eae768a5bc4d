
<?php
include("../../../include/function.php");
?>
<!--
 Copyright (c) 2012 Lincong All rights reserved.
 Mail lincong1987@gmail.com
 QQ 159257119
 This software is the confidential and proprietary information of Lincong,
 Inc. ("Confidential Information"). You shall not disclose such Confidential
 Information and shall use it only in accordance with the terms of the license
 agreement you entered into with Lincong.
 page: honor.php
-->
<html lang="zh-CN">
    <head>
        <?php include ('../../../include/meta.php'); ?>
        <title>2013 新 年 致 辞</title>
        <link rel="stylesheet" href="<?php echo WEB_HOST; ?>css/base.css?v=<?php echo Q_VERSION; ?>"/>
        <link rel="stylesheet" href="<?php echo WEB_HOST; ?>css/common.css?v=<?php echo Q_VERSION; ?>"/>
        <link rel="stylesheet" href="<?php echo WEB_HOST; ?>css/biz/news/company.css?v=<?php echo Q_VERSION; ?>"/>
        <script type='text/javascript' src="<?php echo WEB_HOST; ?>js/jquery/jquery-1.8.3.min.js?v=<?php echo Q_VERSION; ?>"></script>
        <script type='text/javascript' src="<?php echo WEB_HOST; ?>js/icinfo/icinfo-1.0.0.min.js?v=<?php echo Q_VERSION; ?>"></script>
    </head>

    <body>
        <div class="wrapper">
            <?php include ('../../../include/header.php'); ?>
            <!-- 主体开始 -->
            <div class="modal-main clearfix">
                <div class="container">
                    <div class="modal-company-news-view">
                        <div><img src="<?php echo WEB_HOST; ?>images/news/company_news_banner.png" /></div>
                        <div class="modal-company-news-view-title">
                            <a>2013 新 年 致 辞</a>
                        </div>
                        <div class="modal-company-news-view-content">
                            <img src="<?php echo WEB_HOST; ?>images/news/New_Year_speech.jpg" />
                            <p>尊敬的西软客户、员工及其家属们：</p>
                            <p>大家好！</p>
                            <p></p>
                            <p>“龙载硕果辞旧岁，蛇舞祥和喜迎春。”又一轮四季，值此辞旧迎新之际，西软公司向长期默默关心和支持西软发展的所有客户朋友及全体员工们致以新年的问候和深深的谢意！向还继续奋战在各岗位上的广大员工及其家属致以最诚挚的祝福！祝大家：新年如意！身体健康！合家欢乐！平安幸福!</p>
                            <p></p>
                            <p>2012年中国经济继续沿着2011年的下行轨迹发展，也正式预示从此中国进入了每年GDP7-8%的低速增长期。人口红利逐渐消失，外部市场不再大幅增长，企业面临重重困难，如何用创新的思路找出适合中国企业发展的新模式，成为摆在我们面前的新挑战！</p>
                            <p></p>
                            <p>尽管大环境不容乐观，但2012年度在所有客户的大力支持和全体员工的共同努力下，通过“创新、整合、优化”多管齐下，公司最终得以稳健发展，继续保持行业领先势态。</p>
                            <p></p>
                            <p>岁月如歌，征途如虹。伴随着新年的喜庆气息，忙碌充实的2012年已经成为过去，正跨步在和谐希望的2013年。</p>
                            <p></p>
                            <p>2013年，我们将继续秉承“提升客户的核心竞争力”为使命，加强产品创新，以精品工程和优质服务进一步彰显西软的品牌形象。</p>
                            <p></p>
                            <p>2013年，我们要继续拓展员工的幸福空间，通过优化绩效考核和精心打造企业文化建设，让员工共享企业发展的成果和感受团队的温暖，不断提升员工的幸福指数。</p>
                            <p></p>
                            <p>十九年的积淀让我们自信满怀，踌躇满志。2013年，让我们携手同行，共同创造更加幸福美好的未来！</p>
                            <p></p>
                            <p style="text-align: right;">杭州西软科技有限公司</p>
                            <p style="text-align: right;">杭州西软信息技术有限公司</p>
                            <p style="text-align: right;">总经理：王敏敏</p>
                            <p></p>
                        </div>
                    </div>
                </div>
            </div>
            <!-- 主体结束 -->

            <?php include ('../../../include/footer.php'); ?>
        </div>
    </body>
</html>