"""The queries of bench/search_compare.py: (site, category, query, why).

`site` is "owner" (this repository's notes) or "corpus" (the 1,000-post generated corpus of
../shared/bench). Categories: whole word, particle attached, compound/partial (a part of a longer
Hangul word), English term, code identifier (whole or a part of it), mixed (Korean and English).
"""

QUERIES = [
    # This repository's notes.
    ("owner", "whole word", "청크", "Spring Batch note: 청크 지향 처리"),
    ("owner", "whole word", "멱등", "idempotent writers, push retries"),
    ("owner", "particle attached", "트랜잭션을", "트랜잭션 followed by a particle"),
    ("owner", "particle attached", "캐시를", "cache strategy note"),
    ("owner", "partial word", "파티셔닝", "Spring Batch partitioning"),
    ("owner", "partial word", "시성", "inside 동시성"),
    ("owner", "partial word", "어댑터", "inside 포트와 어댑터, 어댑터를"),
    ("owner", "English term", "webf", "prefix of WebFlux"),
    ("owner", "English term", "stampede", "cache stampede"),
    ("owner", "code identifier", "ItemReader", "Spring Batch reader interface"),
    ("owner", "code identifier", "reader", "a part of ItemReader, JdbcCursorItemReader"),
    ("owner", "code identifier", "SseEmitter", "Spring MVC SSE"),
    ("owner", "code identifier", "emitter", "a part of SseEmitter"),
    ("owner", "mixed", "Redis 락", "Redis lock note"),
    ("owner", "mixed", "WebFlux 블로킹", "blocking calls on the event loop"),
    ("owner", "mixed", "nGrinder 스크립트", "performance test note"),
    # The generated corpus.
    ("corpus", "whole word", "트레이드오프", "a whole word"),
    ("corpus", "whole word", "시나리오", "a whole word"),
    ("corpus", "particle attached", "스테이징에서", "스테이징 + 에서"),
    ("corpus", "particle attached", "멱등성을", "멱등성 + 을"),
    ("corpus", "particle attached", "타임아웃이", "타임아웃 + 이"),
    ("corpus", "compound/partial", "직렬화", "also inside 역직렬화"),
    ("corpus", "compound/partial", "슈팅", "inside 트러블슈팅"),
    ("corpus", "compound/partial", "오프", "inside 트레이드오프"),
    ("corpus", "compound/partial", "드락", "inside 데드락"),
    ("corpus", "compound/partial", "량", "one syllable: 처리량, 사용량"),
    ("corpus", "English term", "idempot", "prefix of idempotence"),
    ("corpus", "English term", "kubectl rollout", "two English words"),
    ("corpus", "code identifier", "RedisTemplate", "also inside StringRedisTemplate"),
    ("corpus", "code identifier", "template", "a part of RedisTemplate"),
    ("corpus", "code identifier", "PagingItemReader", "a part of JpaPagingItemReader"),
    ("corpus", "code identifier", "READ_COMMITTED", "snake case"),
    ("corpus", "code identifier", "committed", "a part of READ_COMMITTED"),
    ("corpus", "code identifier", "maximum-pool", "inside hikari.maximum-pool-size"),
    ("corpus", "code identifier", "Mono.zip", "dotted call"),
    ("corpus", "code identifier", "findAllById", "camelCase method"),
    ("corpus", "mixed", "Redis 캐시", "two words"),
    ("corpus", "mixed", "Kafka 메시지", "two words"),
]
