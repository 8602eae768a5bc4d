<%@ Page Language="C#" AutoEventWireup="true" CodeBehind="Leader.aspx.cs" Inherits="LygTally.CompanyInfo.Leader" %>

<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
<head runat="server">

    <title>连云港外轮理货有限公司-<%=tt %></title>
    <!-- head -->
    <!--#include file="../Frame/head.html"-->
    <!-- head结束 -->
</head>
<body>
    <!-- 头部 -->
    <!--#include file="../Frame/top.html"-->
    <!-- 头部结束 -->

    <!-- banner -->
    <!--#include file="../Frame/bannerWithTitle.html"-->
    <!-- banner结束 -->

    <!-- 第一栏开始 -->
    <div class="dk-news-index" style="background-color: whitesmoke">
        <div class="container">
            <div class="col-md-36">
                <label style="color: black">

                    各位朋友：<br /><br />
                        &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;欢迎光临连云港外轮理货有限公司（以下简称“云港外理”）门户网站。希望通过我们的门户网站，希望通过这个窗口，为我们搭建起友谊与合作的桥梁！<br /><br />
                    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;云港外理至今已走过四十多年的风雨历程。从1971年成立以来，在广大客户以及各口岸单位、兄弟公司的关心和支持下，一直保持着健康、持续、快速的发展态势，成为了目前苏北地区理货行业当中规模最大、实力最强的品牌企业，占据了区域市场中的主导地位。在此，我谨代表云港外理的全体员工，向长期以来关心、支持和帮助我司发展的社会各界朋友致以最真诚的感谢。<br /><br />
                    &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;世界在发展，社会在进步，云港外理将担负起企业特有的历史使命和社会责任，与时代并进，与社会共赢。我们将以“尽心尽力，尽善尽美”的企业精神，信奉“精诚所至，精益求精”的服务理念，精心打造一支高素质的专业理货队伍，以专业的知识、敬业的态度、乐业的精神、一流的服务，引领行业走向更好的明天。<br /><br />

                   &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;感谢您对云港外理的关注和支持。欢迎您通过云港外理网站提出宝贵的意见和建议。
                    <br /><br /><br /><br />
                            <p align="right">总经理：<img src="../images/ldzc.png" width="86" height="56" align="absmiddle" /></p>

                </label>
            </div>
        </div>
    </div>
    <!-- 第一栏结束 -->

    <!-- 尾部 -->
    <!--#include file="../Frame/footer.html"-->
    <!-- 尾部结束 -->

</body>
</html>
