<?xml version="1.0" encoding="utf-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:template match="/atom:feed"><html><body><h1><xsl:value-of select="atom:title"/></h1></body></html></xsl:template>
</xsl:stylesheet>
