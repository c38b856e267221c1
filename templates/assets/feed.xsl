<?xml version="1.0" encoding="utf-8"?>
<!-- Shows /feed.xml (Atom) as a readable page in a browser. Feed readers ignore it. -->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes"
    doctype-system="about:legacy-compat"/>
  <xsl:variable name="home" select="/atom:feed/atom:link[@rel='alternate']/@href"/>
  <xsl:template match="/atom:feed">
    <html lang="{@xml:lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/> — Atom 피드</title>
        <link rel="stylesheet" href="assets/style.css"/>
      </head>
      <body class="kind-feed">
        <header class="site-header">
          <div class="wrap header-inner">
            <a class="site-title" href="{$home}"><xsl:value-of select="atom:title"/></a>
          </div>
        </header>
        <main id="main" class="wrap">
          <h1>Atom 피드</h1>
          <p class="lead">이 페이지는 피드 리더가 읽는 주소입니다. 이 주소를 피드 리더에 추가하면 새 글을 받아 볼 수 있습니다.</p>
          <p><code><xsl:value-of select="atom:link[@rel='self']/@href"/></code></p>
          <ul class="post-list">
            <xsl:for-each select="atom:entry">
              <li class="post-item">
                <h2 class="post-item-title"><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
                <p class="post-meta"><time datetime="{atom:published}"><xsl:value-of select="substring(atom:published, 1, 10)"/></time></p>
                <p class="post-summary"><xsl:value-of select="atom:summary"/></p>
              </li>
            </xsl:for-each>
          </ul>
          <p class="more"><a href="{$home}">사이트로 돌아가기 →</a></p>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
