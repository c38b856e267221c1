---
layout: compress
swcache: true
---
[]
