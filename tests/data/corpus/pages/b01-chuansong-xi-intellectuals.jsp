
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<link href="/static/css/inspector.css" rel="stylesheet" type="text/css">
<link href="/static/css/main.css" rel="stylesheet" type="text/css">
<link href="/static/css/base.css" rel="stylesheet" type="text/css">
<!--[if IE]>
<![endif]-->
<!-- Le fav and touch icons -->
<link rel="apple-touch-icon-precomposed" sizes="144x144" href="/static/img/ico/apple-touch-icon-ipad3.png">
<link rel="apple-touch-icon-precomposed" sizes="114x114" href="/static/img/ico/apple-touch-icon-iphone4.png">
<link rel="apple-touch-icon-precomposed" sizes="72x72" href="/static/img/ico/apple-touch-icon-ipad.png">
<link rel="apple-touch-icon-precomposed" href="/static/img/ico/apple-touch-icon-iphone.png">
<link rel="shortcut icon" type="image/x-icon" href="/static/favicon.ico">

<title>时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子 -- 大案 -- 传送门</title>
<meta name="keywords" content="时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子,大案,传送门" />
<meta name="description" content="今天，我们在这里召开一个座谈会，请一些知识分子、劳动模范、青年代表来座谈，主要是想当面听听大家的意见和建议，号召广大知识分子、广大劳动群众、广大青年共同为全面建成小康社会而奋斗，并以此纪念即将到来的“五一”国际劳动节、“五四”青年节。" />

<link rel="stylesheet" type="text/css" href="/static/css/article_improve.css"/>

<!--[if lt IE 9]><link rel="stylesheet" type="text/css" href="/static/css/article_pc.css"/> <![endif]-->
<link media="screen and (min-width:1023px)" rel="stylesheet" type="text/css" href="/static/css/article_pc.css"/>
<style>ol,ul{list-style-position:inside;}</style>


</head>
<body>
<div>
<div>
<div>
<div class="header wrapper" id="layout_header">
<div class="contents">
<div class="row relative">
<div class="logo " style="padding: 5px 10px 5px;font-size: 15px;left: -60px;margin-left: -70px;">
<a style="text-decoration: none;font-weight: bold;color: #333;" href="/" alt="传送门"><img src='/static/img/logo.png'></a>
</div>
<div>
<div class=" search full_search instant_results">
<div class="search_contents navigator">
<form class="search_form" action="/search" method="get" name="search_form">
<div class="search_input">
<div class="input_wrapper ">
<input class="question_box light" name="q" type="text"  maxlength="250" placeholder="搜索账号" tabindex="1">
</div>
</div>
</form>
</div>
</div>
</div>
<div style="float: right;"><a href='http://werank.cn' target="_blank" style="color: #666;padding: 0 8px;">排行榜</a></div>
<div style="float: right;"><a href='/app' style="color: #666;padding: 0 8px;">客户端</a></div>
</div>
</div>
</div>
</div>
</div>
</div>

<!-- <script type="text/javascript">
var cpro_id = "u2358614";
</script>
<script src="http://cpro.baidustatic.com/cpro/ui/i.js" type="text/javascript"></script> -->

<div class="home_page contents content">
<div class="row">
<div class="main e_col main_col" style="width: 625px;">
<html><head></head><body>

<div class="rich_media" id="js_article">
        
        <div class="top_banner" id="js_top_ad_area">
 
        </div>
                

        <div class="rich_media_inner">
            <div id="page-content">
                <div class="rich_media_area_primary" id="img-content">
                    <h2 class="rich_media_title" id="activity-name">
                        时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子 
                    </h2>
                    <div class="rich_media_meta_list">
                        						                        <em class="rich_media_meta rich_media_meta_text" id="post-date">2016-05-01</em>

                                                <em class="rich_media_meta rich_media_meta_text">新华社</em>
                                                <a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" href="/account/mycase" id="post-user">大案</a>
                        <span class="rich_media_meta rich_media_meta_text rich_media_meta_nickname">大案</span>

                        <div class="profile_container" id="js_profile_qrcode" style="display:none;">
                            <div class="profile_inner">
                                <strong class="profile_nickname">大案</strong>
                                <img alt="" class="profile_avatar" id="js_profile_qrcode_img" src=""/>

                                <p class="profile_meta">
                                <label class="profile_meta_label">微信号</label>
                                <span class="profile_meta_value">mycase</span>
                                </p>

                                <p class="profile_meta">
                                <label class="profile_meta_label">功能介绍</label>
                                <span class="profile_meta_value">关注个案，推动法治</span>
                                </p>
                                
                            </div>
                            <span class="profile_arrow_wrp" id="js_profile_arrow_wrp">
                                <i class="profile_arrow arrow_out"></i>
                                <i class="profile_arrow arrow_in"></i>
                            </span>
                        </div>
                    </div>
                    
                    
                    
                    
                                                            
                                                            
                    
                    <div class="rich_media_content " id="js_content">
                        
                        <p style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; BACKGROUND-COLOR: rgb(255,255,255); MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap; COLOR: rgb(62,62,62)"><img data-ratio="0.1672661870503597" data-src="http://mmbiz.qpic.cn/mmbiz/6spOubdDvO9XSX91nx31BUNicAfUwdcIoy0Rv5YOA21r3fJic5YLrp6FZjzWd0yGS0bbXkZurlicLChmTEWpOGmEg/0?wx_fmt=gif" data-type="gif" data-w="" style="BOX-SIZING: border-box !important; WIDTH: auto !important; WORD-WRAP: break-word !important; VISIBILITY: visible !important"/><br/></p><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; BACKGROUND-COLOR: rgb(255,255,255); MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: normal; COLOR: rgb(62,62,62)"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; BORDER-BOTTOM: rgb(182,182,182) 2px dashed; BORDER-LEFT: rgb(182,182,182) 2px dashed; PADDING-BOTTOM: 10px; BACKGROUND-COLOR: rgb(244,244,244); PADDING-LEFT: 10px; PADDING-RIGHT: 10px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(95,156,239); FONT-SIZE: 1em; BORDER-TOP: rgb(182,182,182) 2px dashed; BORDER-RIGHT: rgb(182,182,182) 2px dashed; PADDING-TOP: 10px; border-image-source: none"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><p><span style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(192,0,0); FONT-SIZE: 14px">今日大案：</span></p></section><p style="BOX-SIZING: border-box; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189); FONT-SIZE: 14px">【头条】<span style="LINE-HEIGHT: 22px; MAX-WIDTH: 100%; FONT-SIZE: 14px">时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子</span></span></p><p style="BOX-SIZING: border-box; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189); FONT-SIZE: 14px">【二条】<span style="LINE-HEIGHT: 25px; MAX-WIDTH: 100%">南都聚焦·张志超案 | 刑事申诉法治化，纠错机制待创新</span></span></p><p style="BOX-SIZING: border-box; LINE-HEIGHT: 25px; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189); FONT-SIZE: 14px">【三条】震惊|海口拆违人员穿制服戴口罩持械殴打妇女儿童现场曝光</span></p><p style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189); FONT-SIZE: 14px">【四条】腾讯视点 | 关于网络安全立法的几点看法 —兼评《网络安全法》草案和“刑法》及其修正案</span></p></section></section><p><br/></p><h1 style="TEXT-ALIGN: center"><strong><span style="COLOR: rgb(123,12,0); FONT-SIZE: 20px">时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子</span></strong></h1><p><br/></p><p><strong><span style="LINE-HEIGHT: 1.6; COLOR: rgb(136,136,136)">来源：新华社  （2016年4月26日）（节录）<br/></span></strong></p><p> </p><section class="tn-Powered-by-XIUMI" style="white-space: normal; box-sizing: border-box; line-height: 22px; font-family: 微软雅黑; max-width: 100%; color: rgb(51, 51, 51); word-wrap: break-word !important; background-color: rgb(255, 255, 255);"><section class="135editor" data-color="rgb(190, 119, 99)" data-custom="rgb(190, 119, 99)" data-id="86005" style="box-sizing: border-box; line-height: 25px; border-width: 0px; max-width: 100%; color: rgb(62, 62, 62); border-image-source: none; word-wrap: break-word !important;"><section style="max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;"><section style="max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;"><section class="tn-Powered-by-XIUMI" style="box-sizing: border-box; max-width: 100%; word-wrap: break-word !important;"><section class="tn-Powered-by-XIUMI" style="margin-top: 0.5em; margin-bottom: 0.5em; padding: 0.3em; box-sizing: border-box; border-width: 0px; max-width: 100%; border-image-source: none; word-wrap: break-word !important;"><section class="tn-Powered-by-XIUMI" style="padding: 10px; box-sizing: border-box; border: 1px solid rgb(192, 200, 209); line-height: 1.4; font-family: inherit; max-width: 100%; color: rgb(51, 51, 51); font-size: 1em; box-shadow: rgb(170, 170, 170) 0px 0px 10px; border-image-source: none; word-wrap: break-word !important; background-color: rgb(250, 250, 239);"><section class="tn-Powered-by-XIUMI" style="box-sizing: border-box; max-width: 100%; word-wrap: break-word !important;"><p><span style="max-width: 100%; color: rgb(171, 25, 66); box-sizing: border-box !important; word-wrap: break-word !important;"><strong style="max-width: 100%; box-sizing: border-box !important; word-wrap: break-word !important;">【核心提示】</strong></span></p></section><section class="tn-Powered-by-XIUMI" style="box-sizing: border-box; max-width: 100%; word-wrap: break-word !important;"><p>知识分子有思想、有主见、有责任，愿意对一些问题发表自己的见解。各级党委和政府、各级领导干部要就工作和决策中的有关问题主动征求他们的意见和建议，欢迎他们提出批评。对来自知识分子的意见和批评，只要出发点是好的，就要热忱欢迎，对的就要积极采纳。即使一些意见和批评有偏差，甚至不正确，也要多一些包容、多一些宽容，坚持不抓辫子、不扣帽子、不打棍子。人不是神仙，提意见、提批评不能要求百分之百正确。如果有的人提出的意见和批评不妥当或者是错误的，要开展充分的说理工作，引导他们端正认识、转变观点，而不要一下子就把人看死了，更不要回避他们、排斥他们。各级领导干部要善于同知识分子打交道，做知识分子的挚友、诤友。<span style="color: rgb(0, 0, 0);"></span></p></section></section></section></section></section></section></section></section><p style="line-height: 25px; min-height: 1em; max-width: 100%; white-space: pre-wrap; color: rgb(62, 62, 62); box-sizing: border-box !important; word-wrap: break-word !important; background-color: rgb(255, 255, 255);"><span style="text-align: justify; line-height: 23px; max-width: 100%; color: rgb(171, 25, 66); font-size: 18px; box-sizing: border-box !important; word-wrap: break-word !important;">　　</span></p><p style="text-align: center;"><span style="font-size: 18px; line-height: 1.6;"><img data-ratio="0.665" data-s="300,640" data-src="http://mmbiz.qpic.cn/mmbiz/6spOubdDvOib6NJdrwgusJaT7m4TzqdgscdYXR7oThp3xJfG6eMIG4ibN79ejThvegARibnnqpXQVVYPfibSYw1FRg/0?wx_fmt=jpeg" data-type="jpeg" data-w="400"/><br/></span></p><p style="text-align: left;"><span style="font-size: 18px; line-height: 1.6;">大家好！我这次来安徽调研，正好是“五一”国际劳动节、“五四”青年节前夕。今天，我们在这里召开一个座谈会，请一些知识分子、劳动模范、青年代表来座谈，主要是想当面听听大家的意见和建议，号召广大知识分子、广大劳动群众、广大青年共同为全面建成小康社会而奋斗，并以此纪念即将到来的“五一”国际劳动节、“五四”青年节。</span><br/></p><p style="text-align: left;"><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="FONT-SIZE: 18px">首先，我代表党中央，向在座各位，并通过你们，向全国广大知识分子、广大劳动群众、广大青年，致以诚挚的问候和节日的祝贺！</span></p><p><span style="FONT-SIZE: 18px"></span> </p><p><span style="FONT-SIZE: 18px">今天这个座谈会，请来的是知识分子、劳动模范、青年代表。我们正处在实现“两个一百年”奋斗目标中第一个一百年奋斗目标、全面建成小康社会的决胜阶段。党的十八届五中全会和“十三五”规划纲要，描绘了全面建成小康社会宏伟蓝图。现在，摆在我们面前的任务是把美好蓝图变为现实。广大知识分子、广大劳动群众、广大青年要紧跟时代、肩负使命、锐意进取，把自身的前途命运同国家和民族的前途命运紧紧联系在一起，努力为全面建成小康社会贡献智慧和力量。这里，我就新形势下进一步发挥广大知识分子、广大劳动群众、广大青年的作用讲一些意见。</span></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><strong><span style="COLOR: #ab1942; FONT-SIZE: 18px">全面建成小康社会，我国广大知识分子能够提供十分重要的人才支撑、智力支撑、创新支撑。希望我国广大知识分子充分发挥自身优势，勇于担当、敢于创新，服务社会、报效人民，努力作出新的更突出的贡献。</span></strong></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="FONT-SIZE: 18px">知识分子，顾名思义，就是文化水平较高、知识比较丰富的人，其中不少是学有所长、术有专攻、在某个领域某个方面的行家专家。知识分子对知识、对技术掌握得比较多，对自然、对社会了解得比较深，在推动经济社会发展、推动社会文明进步中能够发挥十分重要的作用。在我们党领导革命、建设、改革90多年的历程中，广大知识分子为党和人民建立了彪炳史册的功勋。</span></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="FONT-SIZE: 18px">伴随党和人民事业不断发展，我国知识分子队伍越来越大，遍布全社会各个领域。在全面建成小康社会进程中，广大知识分子要肩负起自己的使命，立足岗位、不断学习、学以致用，做好本职工作。当老师，就要心无旁骛，甘守三尺讲台，“春蚕到死丝方尽，蜡炬成灰泪始干”。做研究，就要甘于寂寞，或是皓首穷经，或是扎根实验室，“板凳要坐十年冷，文章不写一句空”。搞创作，就要坚持以人民为中心的创作思想，深入实践、深入群众、深入生活，努力创作出人民群众喜爱的精品力作。一个知识分子，不论在哪个行业、从事什么职业，也不论学历、职称、地位有多高，唯有秉持求真务实精神，才能探究更多未知，才能获得更多真理，也才能为社会作出更大贡献。</span></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="FONT-SIZE: 18px">勇立潮头、引领创新，是广大知识分子应有的品格。面对日益激烈的国际竞争，我们必须把创新摆在国家发展全局的核心位置，不断推进理论创新、制度创新、科技创新、文化创新等各方面创新。广大知识分子要增强创新意识，敢于走前人没有走过的路，敢于抢占国内国际创新制高点。要把握创新特点，遵循创新规律，既奇思妙想、“无中生有”，努力追求原始创新，又兼收并蓄、博采众长，善于进行集成创新和引进消化吸收再创新；既甘于“十年磨一剑”，开展战略性创新攻关，又对接现实需求，及时开展应急性创新攻关；既尊重个人创造，发挥尖兵作用，又注重集体攻关，发挥合作优势。要坚持面向经济社会发展主战场、面向人民群众新需求，让创新成果更多更快造福社会、造福人民。</span></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="COLOR: #7b0c00"><strong><span style="FONT-SIZE: 18px">天下为公、担当道义，是广大知识分子应有的情怀。我国知识分子历来有浓厚的家国情怀，有强烈的社会责任感。“修身齐家治国平天下”，“为天地立心、为生民立命、为往圣继绝学、为万世开太平”，“先天下之忧而忧，后天下之乐而乐”，这些思想为一代又一代知识分子所尊崇。现在，党和人民更加需要广大知识分子发扬这样的担当精神。这是一份沉甸甸的责任。广大知识分子要坚持国家至上、民族至上、人民至上，始终胸怀大局、心有大我。要坚守正道、追求真理，立足我国国情，放眼观察世界，不妄自菲薄，不人云亦云。要实事求是、客观公允，重实情、看本质、建真言，多为推进党和人民事业发展献计出力。任何时候任何情况下，都不能做有损国家民族尊严、有损知识分子良知的事。</span></strong><strong><span style="FONT-SIZE: 18px"></span></strong></span></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="FONT-SIZE: 18px">知识分子工作是党的一项十分重要的工作。各级党委和政府要切实尊重知识、尊重人才，充分信任知识分子，努力为广大知识分子工作学习生活创造更好条件。要深化科技、教育、文化体制改革，深化人才发展体制改革，加快形成有利于知识分子干事创业的体制机制，放手让广大知识分子把才华和能量充分释放出来。要遵循知识分子工作特点和规律，减少对知识分子创造性劳动的干扰，让他们把更多精力集中于本职工作。要善于运用沟通、协商、谈心等方式做好知识分子思想工作，多了解他们工作学习生活中的困难，多同他们共同探讨一些问题，多鼓励他们取得的成绩和进步。</span></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><strong><span style="COLOR: rgb(123,12,0); FONT-SIZE: 18px">知识分子有思想、有主见、有责任，愿意对一些问题发表自己的见解。各级党委和政府、各级领导干部要就工作和决策中的有关问题主动征求他们的意见和建议，欢迎他们提出批评。对来自知识分子的意见和批评，只要出发点是好的，就要热忱欢迎，对的就要积极采纳。即使一些意见和批评有偏差，甚至不正确，也要多一些包容、多一些宽容，坚持不抓辫子、不扣帽子、不打棍子。人不是神仙，提意见、提批评不能要求百分之百正确。如果有的人提出的意见和批评不妥当或者是错误的，要开展充分的说理工作，引导他们端正认识、转变观点，而不要一下子就把人看死了，更不要回避他们、排斥他们。各级领导干部要善于同知识分子打交道，做知识分子的挚友、诤友。</span></strong></p><p><strong><span style="COLOR: rgb(255,41,65); FONT-SIZE: 18px"><br/></span></strong></p><p><span style="FONT-SIZE: 18px">全面建成小康社会，我国亿万劳动群众是主体力量。希望我国广大劳动群众以劳动模范为榜样，爱岗敬业、勤奋工作，锐意进取、勇于创造，不断谱写新时代的劳动者之歌。</span></p><p><span style="FONT-SIZE: 18px"> </span></p><p><span style="LINE-HEIGHT: 0px; DISPLAY: none">‍</span></p><p><span style="FONT-SIZE: 18px">梦想属于每一个人，广大劳动群众要敢想敢干、敢于追梦。说到底，实现中华民族伟大复兴的中国梦，要靠各行各业人们的辛勤劳动。现在，党和国家事业空间很大，只要有志气有闯劲，普通劳动者也可以在宽广舞台上展示自己的人生价值。许多劳动模范平凡而感人的事迹，都充分说明了这一点。我们要在全社会大力弘扬劳动精神，提倡通过诚实劳动来实现人生的梦想、改变自己的命运，反对一切不劳而获、投机取巧、贪图享乐的思想。</span></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><strong><span style="COLOR: #7b0c00; FONT-SIZE: 18px">各级党委和政府要关心和爱护广大劳动群众，切实把党和国家相关政策措施落实到位，不断推进相关领域改革创新，坚决扫除制约广大劳动群众就业创业的体制机制和政策障碍，不断完善就业创业扶持政策、降低就业创业成本，支持广大劳动群众积极就业、大胆创业。要切实维护广大劳动群众合法权益，帮助广大劳动群众排忧解难，积极构建和谐劳动关系。</span></strong></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="FONT-SIZE: 18px">现在，我国经济发展进入新常态，经济发展方式正在深刻转变，经济结构正在深刻调整，这对部分劳动群众就业带来了暂时的影响。各级党委和政府要落实好失业人员再就业和生活保障、财政专项奖补等支持政策，落实和完善援助措施，创造更多就业岗位，通过鼓励企业吸纳、公益性岗位安置、社会政策托底等多种渠道帮助就业困难人员，实现零就业家庭动态“清零”，确保安置分流有序、社会和谐稳定。</span></p><p><span style="FONT-SIZE: 18px"></span> </p><p><span style="FONT-SIZE: 18px">全面建成小康社会，广大青年是生力军和突击队。希望我国广大青年充分展现自己的抱负和激情，胸怀理想、锤炼品格，脚踏实地、艰苦奋斗，不断书写奉献青春的时代篇章。</span></p><p><strong><span style="COLOR: #ffffff; FONT-SIZE: 18px"><br/></span></strong></p><p>实现中华民族伟大复兴的中国梦，需要一代又一代有志青年接续奋斗。青年人朝气蓬勃，是全社会最富有活力、最具有创造性的群体。党和人民对广大青年寄予厚望。</p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="FONT-SIZE: 18px">广大青年要自觉践行社会主义核心价值观，不断养成高尚品格。要以国家富强、人民幸福为己任，胸怀理想、志存高远，投身中国特色社会主义伟大实践，并为之终生奋斗。要加强思想道德修养，自觉弘扬爱国主义、集体主义精神，自觉遵守社会公德、职业道德、家庭美德。要坚持艰苦奋斗，不贪图安逸，不惧怕困难，不怨天尤人，依靠勤劳和汗水开辟人生和事业前程。“看似寻常最奇崛，成如容易却艰辛。”青年的人生之路很长，前进途中，有平川也有高山，有缓流也有险滩，有丽日也有风雨，有喜悦也有哀伤。心中有阳光，脚下有力量，为了理想能坚持、不懈怠，才能创造无愧于时代的人生。</span></p><p><span style="FONT-SIZE: 18px"></span><span style="font-size: 18px;"> </span></p><p><span style="font-size: 18px;">广大青年要保持初生牛犊不怕虎的劲头，不懂就学，不会就练，没有条件就努力创造条件。“志之所趋，无远弗届，穷山距海，不能限也。”对想做爱做的事要敢试敢为，努力从无到有、从小到大，把理想变为现实。<strong><span style="color: rgb(123, 12, 0); font-size: 18px;">要敢于做先锋，而不做过客、当看客，让创新成为青春远航的动力，让创业成为青春搏击的能量，让青春年华在为国家、为人民的奉献中焕发出绚丽光彩。</span></strong><strong><span style="color: rgb(123, 12, 0); font-size: 18px;"></span></strong></span></p><p><span style="FONT-SIZE: 18px"><br/></span></p><p><span style="FONT-SIZE: 18px">各级党委和政府要充分信任青年、热情关心青年、严格要求青年、积极引导青年，为广大青年成长成才、创新创造、建功立业做好服务保障工作。各级领导干部要做青年朋友的知心人、青年工作的热心人。</span></p><p><span style="FONT-SIZE: 18px">我就讲这些。最后，祝大家工作顺利、身体健康、阖家幸福，在今后的工作中取得更大成绩！</span></p><p><br/></p><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: normal; COLOR: rgb(95,156,239)"><p><span style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(192,0,0); FONT-SIZE: 14px">昨日大案：</span></p></section><p style="BOX-SIZING: border-box; LINE-HEIGHT: 25px; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap; COLOR: rgb(95,156,239)"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189); FONT-SIZE: 14px">【头条】<a data_ue_src="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=1&amp;sn=7615ad420e41aaaa514265f43ae7ddae&amp;scene=21#wechat_redirect" href="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=1&amp;sn=7615ad420e41aaaa514265f43ae7ddae&amp;scene=21#wechat_redirect" target="_blank"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">重镑·典谟论坛 | 江平:刑辩律师勇于抗争,才能促进司法清明</span></a></span></p><p style="BOX-SIZING: border-box; LINE-HEIGHT: 25px; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap; COLOR: rgb(95,156,239)"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189); FONT-SIZE: 14px">【二条】<a data_ue_src="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=2&amp;sn=f5829dd31728403b0928fcaa3b08f6ef&amp;scene=21#wechat_redirect" href="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=2&amp;sn=f5829dd31728403b0928fcaa3b08f6ef&amp;scene=21#wechat_redirect" target="_blank"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">警示 | 为e租宝站台的经济学家杨晨被批捕</span></a></span></p><p style="BOX-SIZING: border-box; LINE-HEIGHT: 25px; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap; COLOR: rgb(95,156,239)"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189); FONT-SIZE: 14px">【三条】<a data_ue_src="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=3&amp;sn=c9cb71edc400b21f383c5580bf6b222f&amp;scene=21#wechat_redirect" href="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=3&amp;sn=c9cb71edc400b21f383c5580bf6b222f&amp;scene=21#wechat_redirect" target="_blank">犀利 | C刊奇葩文再度爆出：中国学术腐败将动摇国本</a></span></p><p style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap; COLOR: rgb(95,156,239)"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189); FONT-SIZE: 14px">【四条】<a data_ue_src="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=4&amp;sn=ac868b4c5e9cb1a079fe724870516016&amp;scene=21#wechat_redirect" href="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=4&amp;sn=ac868b4c5e9cb1a079fe724870516016&amp;scene=21#wechat_redirect" target="_blank">揭密 | 社会抚养费给干部发奖金: 必须立即停收社会抚养费</a></span></p><p style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap; COLOR: rgb(95,156,239)"><br/></p><fieldset class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; BORDER-BOTTOM: rgb(226,226,226) 1px solid; MIN-WIDTH: 0px; BORDER-LEFT: rgb(226,226,226) 1px solid; PADDING-BOTTOM: 8px; LINE-HEIGHT: 1; BACKGROUND-COLOR: rgb(255,255,255); PADDING-LEFT: 8px; PADDING-RIGHT: 8px; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; MARGIN-BOTTOM: 16px; COLOR: rgb(169,24,0); FONT-SIZE: 1.5em; BORDER-TOP: rgb(226,226,226) 1px solid; FONT-WEIGHT: bold; BORDER-RIGHT: rgb(226,226,226) 1px solid; PADDING-TOP: 8px; box-shadow: rgb(226, 226, 226) 0px 16px 1px -13px; border-image-source: none"><section class="tn-Powered-by-XIUMI" style="BACKGROUND-IMAGE: none; BOX-SIZING: border-box; WIDTH: 4em; BACKGROUND-REPEAT: no-repeat; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; BACKGROUND-POSITION: 50% 50%; MARGIN-BOTTOM: 1em; FLOAT: left; HEIGHT: 4em; border-radius: 50%; background-size: cover"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><img data-ratio="1" data-s="300,640" data-src="http://mmbiz.qpic.cn/mmbiz/6spOubdDvO8PaFXoljcPIaYlHI4a8gpgftMkibAiau0To3oWwSviaOE8dh2zjzoSp87iaMslQ6xRk37Pz4mmSLibDWA/640?wx_fmt=jpeg" data-type="jpeg" data-w="96" style="BOX-SIZING: border-box !important; WIDTH: auto !important; WORD-WRAP: break-word !important; VISIBILITY: visible !important" width="auto"/><br style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"/></strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; TEXT-ALIGN: right; DISPLAY: inline; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; FLOAT: right"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; LINE-HEIGHT: 1.2; WIDTH: 1.2em; DISPLAY: inline-block; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(120,124,129); FONT-SIZE: 0.5em; VERTICAL-ALIGN: top; MARGIN-RIGHT: 3px"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">促进</strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><br class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"/></strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">法治</strong></section></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; LINE-HEIGHT: 1.2; WIDTH: 1.2em; DISPLAY: inline-block; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(120,124,129); FONT-SIZE: 0.5em; VERTICAL-ALIGN: top; MARGIN-RIGHT: 3px"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">推动</strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><br class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"/></strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">公益</strong></section></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; LINE-HEIGHT: 1.2; WIDTH: 1.2em; DISPLAY: inline-block; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(120,124,129); FONT-SIZE: 0.5em; VERTICAL-ALIGN: top; MARGIN-RIGHT: 3px"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">洞悉</strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><br class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"/></strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">法律</strong></section></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; LINE-HEIGHT: 1.2; WIDTH: 1.2em; DISPLAY: inline-block; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(120,124,129); FONT-SIZE: 0.5em; VERTICAL-ALIGN: top; MARGIN-RIGHT: 3px"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">品读</strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><br class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"/></strong></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">大案</strong></section></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; LINE-HEIGHT: 1em; WIDTH: 1.2em; DISPLAY: inline-block; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; VERTICAL-ALIGN: top"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><span style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(192,0,0)">大案</span></strong></section></section></section><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; CLEAR: both"><section class="tn-Powered-by-XIUMI" style="BOX-SIZING: border-box; LINE-HEIGHT: 1.6em; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(0,0,0); FONT-SIZE: 0.5em"><p style="BOX-SIZING: border-box; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 19px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(217,150,148)">长按↑二维码可以关注我哟~！</span><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 19px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><br style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"/></span></strong></p><p style="BOX-SIZING: border-box; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 19px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">主编：李轩</span></strong></p><p style="BOX-SIZING: border-box; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">主办：<span style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(192,0,0)">中国案例法学研究会</span></strong></p><p style="BOX-SIZING: border-box; MIN-HEIGHT: 1em; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; WHITE-SPACE: pre-wrap"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 1.6em; FONT-FAMILY: inherit; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(120,124,129); FONT-SIZE: 14px">投稿合作：<a style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important">mycasegao@163.com</a></span></strong></p></section></section></fieldset><p style="line-height: 25px; min-height: 1em; max-width: 100%; white-space: pre-wrap; font-weight: bold; box-sizing: border-box !important; word-wrap: break-word !important; background-color: rgb(255, 255, 255);"><strong style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><span style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; FONT-SIZE: 14px"><span style="MAX-WIDTH: 100%; COLOR: rgb(64,84,115)">点击下方</span><span class="tn-Powered-by-XIUMI" style="MAX-WIDTH: 100%">“阅读原文”</span><span style="MAX-WIDTH: 100%; COLOR: rgb(64,84,115)">查看近期热文</span></span><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(64,84,115); FONT-SIZE: 14px">《<span style="LINE-HEIGHT: 25px; MAX-WIDTH: 100%; COLOR: rgb(79,129,189)"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"></span><span style="LINE-HEIGHT: 25px; BACKGROUND-COLOR: rgb(244,244,244); WHITE-SPACE: pre-wrap; COLOR: rgb(79,129,189); FONT-SIZE: 14px">重镑·典谟论坛 | 江平:刑辩律师勇于抗争,才能促进司法清明</span><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"></span></span></span></strong><strong style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><span style="BOX-SIZING: border-box !important; LINE-HEIGHT: 25px; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(64,84,115); FONT-SIZE: 14px"><strong style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important"><span style="BOX-SIZING: border-box !important; MAX-WIDTH: 100%; WORD-WRAP: break-word !important; COLOR: rgb(79,129,189)">》</span></strong></span></strong></p>
                    </div>
                    
                    <link href="" rel="stylesheet" type="text/css"/>
                    
                    
                                        
                                        
                                        <div class="rich_media_tool" id="js_toobar3">
                                                                    <a class="media_tool_meta meta_primary" href="http://mp.weixin.qq.com/s?__biz=MjM5MTY2MjgyMQ==&amp;mid=2651072468&amp;idx=1&amp;sn=7615ad420e41aaaa514265f43ae7ddae#rd" id="js_view_source" rel="nofollow" target="_blank">阅读原文</a>
                                                <div class="media_tool_meta tips_global meta_primary" id="js_read_area3" style="display:none;">阅读 <span id="readNum3"></span></div>

                        <span class="media_tool_meta meta_primary tips_global meta_praise" id="like3" style="display:none;">
                            <i class="icon_praise_gray"></i><span class="praise_num" id="likeNum3"></span>
                        </span>

                        <a class="media_tool_meta tips_global meta_extra" href="javascript:void(0);" id="js_report_article3" style="display:none;">投诉</a>

                    </div>



                                    </div>

                <div class="rich_media_area_primary sougou" id="sg_tj" style="display:none">

                </div>

                
               
            </div>
            <div class="qr_code_pc_outer" id="js_pc_qr_code" style="display:none;">
                <div class="qr_code_pc_inner">
                    <div class="qr_code_pc">
                        <img class="qr_code_pc_img" id="js_pc_qr_code_img"/>
                        <p>微信扫一扫<br/>关注该公众号</p>
                    </div>
                </div>
            </div>

        </div>
    </div>


        
        
        
    

    
  
  

    


 
</body></html>
<!-- <script type="text/javascript">
var cpro_id="u2312677";
(window["cproStyleApi"] = window["cproStyleApi"] || {})[cpro_id]={at:"3",rsi0:"600",rsi1:"250",pat:"6",tn:"baiduCustNativeAD",rss1:"#FFFFFF",conBW:"0",adp:"1",ptt:"0",titFF:"%E5%BE%AE%E8%BD%AF%E9%9B%85%E9%BB%91",titFS:"14",rss2:"#000000",titSU:"0",ptbg:"90",piw:"0",pih:"0",ptp:"0"}
</script>
<script src="http://cpro.baidustatic.com/cpro/ui/c.js" type="text/javascript"></script> -->
<div style="border-top:1px dotted #C8D8F2; padding:5px 5px 0px 5px;border-bottom:1px dotted #C8D8F2; height:30px;margin:15px 0px 0px 0px;border-top:1px dotted #C8D8F2;">
<div class="bdsharebuttonbox" data-tag="share_bottom" style="font-size:13px; line-height:16px; float:right;"><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信">微信</a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间">QQ空间</a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博">新浪微博</a><a href="#" class="bds_tqq" data-cmd="tqq" title="分享到腾讯微博">腾讯微博</a><a href="#" class="bds_renren" data-cmd="renren" title="分享到人人网">人人</a><a href="#" class="bds_twi" data-cmd="twi" title="分享到Twitter">Twitter</a><a href="#" class="bds_douban" data-cmd="douban" title="分享到豆瓣网">豆瓣</a><a href="#" class="bds_more" data-cmd="more"></a></div>
<div style="float:right;line-height:28px; color:#6c6c6c; font-size:12px;padding-right:15px;">觉得不错，分享给更多人看到</div>
</div>

<div id="RecentPosts">
<div><strong>大案</strong> 最新文章:</div>
<div class="feed_body">

<div class="pagedlist_item" tabindex="-1">
<div class="feed_item" style="border-bottom: none;">
<div class="e_col p1 w5_5" style="padding: 6px 0;">
<div class="row">
<div>
<div class="feed_item_question">
<h2>
<span>
<span class="timestamp" style="color: #999">2016-05-01</span>&nbsp;&nbsp;&nbsp;
<a class="question_link" href="/n/313071937976">时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子</a>
</span>
</h2>
</div>
</div>
</div>
</div>
</div>
</div>

<div class="pagedlist_item" tabindex="-1">
<div class="feed_item" style="border-bottom: none;">
<div class="e_col p1 w5_5" style="padding: 6px 0;">
<div class="row">
<div>
<div class="feed_item_question">
<h2>
<span>
<span class="timestamp" style="color: #999">2016-05-01</span>&nbsp;&nbsp;&nbsp;
<a class="question_link" href="/n/313072037974">南都聚焦·张志超案 | 刑事申诉法治化，纠错机制待创新</a>
</span>
</h2>
</div>
</div>
</div>
</div>
</div>
</div>

<div class="pagedlist_item" tabindex="-1">
<div class="feed_item" style="border-bottom: none;">
<div class="e_col p1 w5_5" style="padding: 6px 0;">
<div class="row">
<div>
<div class="feed_item_question">
<h2>
<span>
<span class="timestamp" style="color: #999">2016-05-01</span>&nbsp;&nbsp;&nbsp;
<a class="question_link" href="/n/313072137979">震惊|海口拆违人员穿制服戴口罩持械殴打妇女儿童现场曝光</a>
</span>
</h2>
</div>
</div>
</div>
</div>
</div>
</div>

<div class="pagedlist_item" tabindex="-1">
<div class="feed_item" style="border-bottom: none;">
<div class="e_col p1 w5_5" style="padding: 6px 0;">
<div class="row">
<div>
<div class="feed_item_question">
<h2>
<span>
<span class="timestamp" style="color: #999">2016-05-01</span>&nbsp;&nbsp;&nbsp;
<a class="question_link" href="/n/313072237922">腾讯视点 | 关于网络安全立法的几点看法 —兼评《网络安全法》草案和“刑法》及其修正案</a>
</span>
</h2>
</div>
</div>
</div>
</div>
</div>
</div>

<div class="pagedlist_item" tabindex="-1">
<div class="feed_item" style="border-bottom: none;">
<div class="e_col p1 w5_5" style="padding: 6px 0;">
<div class="row">
<div>
<div class="feed_item_question">
<h2>
<span>
<span class="timestamp" style="color: #999">2016-04-30</span>&nbsp;&nbsp;&nbsp;
<a class="question_link" href="/n/312459337479">重镑·典谟论坛 | 江平:刑辩律师勇于抗争,才能促进司法清明</a>
</span>
</h2>
</div>
</div>
</div>
</div>
</div>
</div>

<div class="pagedlist_item" tabindex="-1">
<div class="feed_item" style="border-bottom: none;">
<div class="e_col p1 w5_5" style="padding: 6px 0;">
<div class="row">
<div>
<div class="feed_item_question">
<h2>
<span>
<span class="timestamp" style="color: #999">2016-04-30</span>&nbsp;&nbsp;&nbsp;
<a class="question_link" href="/n/312459437455">警示 | 为e租宝站台的经济学家杨晨被批捕</a>
</span>
</h2>
</div>
</div>
</div>
</div>
</div>
</div>

<div class="pagedlist_item" tabindex="-1">
<div class="feed_item" style="border-bottom: none;">
<div class="e_col p1 w5_5" style="padding: 6px 0;">
<div class="row">
<div>
<div class="feed_item_question">
<h2>
<span>
<span class="timestamp" style="color: #999">2016-04-30</span>&nbsp;&nbsp;&nbsp;
<a class="question_link" href="/n/312459537470">犀利 | C刊奇葩文再度爆出：中国学术腐败将动摇国本</a>
</span>
</h2>
</div>
</div>
</div>
</div>
</div>
</div>

<div class="pagedlist_item" tabindex="-1">
<div class="feed_item" style="border-bottom: none;">
<div class="e_col p1 w5_5" style="padding: 6px 0;">
<div class="row">
<div>
<div class="feed_item_question">
<h2>
<span>
<span class="timestamp" style="color: #999">2016-04-30</span>&nbsp;&nbsp;&nbsp;
<a class="question_link" href="/n/312459637477">揭密 | 社会抚养费给干部发奖金: 必须立即停收社会抚养费</a>
</span>
</h2>
</div>
</div>
</div>
</div>
</div>
</div>

</div>
<div>查看更多<span class="chevron">&nbsp;&nbsp;››&nbsp;&nbsp;</span><h2 id="page_more_name"><a href="/account/mycase" style="color: #19558d;">大案</a></h2></div>
</div>

<!-- <script type="text/javascript">
var cpro_id="u2326060";
(window["cproStyleApi"] = window["cproStyleApi"] || {})[cpro_id]={at:"3",rsi0:"600",rsi1:"250",pat:"6",tn:"baiduCustNativeAD",rss1:"#FFFFFF",conBW:"0",adp:"1",ptt:"0",titFF:"%E5%BE%AE%E8%BD%AF%E9%9B%85%E9%BB%91",titFS:"14",rss2:"#000000",titSU:"0",ptbg:"90",piw:"0",pih:"0",ptp:"0"}
</script>
<script src="http://cpro.baidustatic.com/cpro/ui/c.js" type="text/javascript"></script> -->
</div>
<div class="side e_col side_col w2" style="margin-top: 10px;">
<div class="row section section_top" style="margin-bottom: 5px">
<a style="padding: 6px" class="download-ios" href="https://itunes.apple.com/cn/app/chuan-song-men-wei-xin-gong/id969898148?ls=1&amp;mt=8" target="_blank">传送门 for iOS 下载</a>
</div>
<div class="section">
<div>
<h3>关于 <a href="/account/mycase">大案</a></h3>
<div class="inline_editor_content">
<span class="inline_editor_value">
<div class="inline">
<span>关注个案，推动法治</span>
</div>
</span>
</div>
</div>
</div>
<div class="section">
<div>
<h3>大案 微信二维码</h3>
<div class="inline_editor_content">
<span class="inline_editor_value">
<div class="inline">
<img width="210px" height="210px" src="http://q.chuansong.me/mycase.jpg" alt="大案 微信二维码">
</div>
</span>
</div>
</div>
</div>
<div class="section share_question ">
<h3>分享这篇文章</h3>
<div class="row share_icons_row">
<div class="bdsharebuttonbox" data-tag="share_right"><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_tqq" data-cmd="tqq" title="分享到腾讯微博"></a><a href="#" class="bds_douban" data-cmd="douban" title="分享到豆瓣网"></a><a href="#" class="bds_more" data-cmd="more"></a></div>
</div>
</div>

<div class="section">
<div>
<div class="inline_editor_content">
<span class="inline_editor_value">
<div class="inline">
<script async src="//pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
<ins class="adsbygoogle" style="display:inline-block;width:210px;height:210px"
data-ad-client="ca-pub-0996811467255783" data-ad-slot="2990020277"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>
</div>
</span>
</div>
</div>
</div>
</div>
</div>
</div>


<div>
<div class=" footer wrapper">
<div class="contents">
<div class="footer_nav row">
<div class="e_col footer_links w8">
<ul class="nav_list">
<li class="about"><a href="/about">关于</a></li>
<li><span class="bullet"> • </span></li>
<li class="about"><a href="/submit/account">提交</a></li>
<li><span class="bullet"> • </span></li>
<li class="about"><a href="/app">App</a></li>
<li class="about" style="float: right"><a href="https://www.upyun.com/index.html" target="_blank">又拍云</a></li>
<li style="float: right"><span class="bullet"> • </span></li>
<li class="about" style="float: right"><a href="http://werank.cn/" target="_blank">热榜</a></li>

</ul>
</div>
</div>
</div>
</div>
</div>
</body>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-40292976-1']);
_gaq.push(['_setDomainName', '.chuansong.me']);
_gaq.push(['_setAllowLinker', true]);
_gaq.push(['_trackPageview']);
(function() {
var ga = document.createElement('script');
ga.type = 'text/javascript';
ga.async = true;
ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
var s = document.getElementsByTagName('script')[0];
s.parentNode.insertBefore(ga, s);
})();
</script>
<script language="javascript" src="http://upcdn.b0.upaiyun.com/libs/jquery/jquery-1.4.2.min.js"></script>
<script language="javascript" src="/static/js/common.js"></script>
<script>window._bd_share_config={"common":{"bdSnsKey":{"tsina":"2919864620"},"bdText":"","bdMini":"2","bdMiniList":false,"bdPic":"","bdStyle":"1","bdSize":"16"},"share":[{"tag":"share_bottom","bdSize":16},{"tag":"share_right","bdSize":24,"bdStyle":"2"}]};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
<script>
var _hmt = _hmt || [];
(function() {
var hm = document.createElement("script");
hm.src = "//hm.baidu.com/hm.js?9d416cb1bdca85038c8810fc14eeee57";
var s = document.getElementsByTagName("script")[0];
s.parentNode.insertBefore(hm, s);
})();
</script>


<script language="javascript" src="/static/js/reimg.js"></script>

</html>
