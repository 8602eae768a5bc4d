<%--
  Created by IntelliJ IDEA.
  User: Administrator
  Date: 2022/9/9
  Time: 11:14
  To change this template use File | Settings | File Templates.
--%>
<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<html>
<head>
    <title>学校概况</title>
    <style>
      p{
        text-indent: 2em;
      }
      .text{
        width: 1000px;
        margin: 0 auto;
      }
    </style>
</head>
<body>
<%@ include file="head.jsp" %>
  <div class="text">
    <p>
        清和四月，树木华滋。在xx大学即将迎来110周年华诞的喜庆时刻，我们代表学校向全校师生员工和海内外校友致以节日的问候！向长期关心支持学校事业发展的各级领导部门、各单位和各界朋友表示衷心的感谢！
      西山苍苍，东海茫茫。110年前，xx诞生于中国内忧外患、山河破碎的深重苦难中。自建校起，自强不息的民族精神、“耻不如人”的不屈品格就深深融入xx人的血脉里。xx人秉持科学救国理想，将xx从一所留美预备学校建设成为一所人民的大学、一所实现了教育与学术自立自强的现代大学。从“一二·九”运动的一声呐喊到西南联大的“八音合奏”，从新中国成立后建设多科性工业大学的积极探索到乘着改革开放春风吹响创建世界一流大学的号角，xx大学在长期办学实践中形成了深厚的文化积淀和光荣的革命传统。“自强不息、厚德载物”的校训、“行胜于言”的校风、“严谨、勤奋、求实、创新”的学风、“爱国奉献、追求卓越”的精神，塑造了xx人的意志品质，涵养了xx人的气度风范。一代代xx人接续奋斗，为祖国、为人民、为民族建立了突出功绩，走出了一条扎根中国大地建设世界一流大学之路。
    </p>
  </div>
</body>
</html>
