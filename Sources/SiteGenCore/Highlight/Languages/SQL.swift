/// SQL with MySQL and PostgreSQL words: case-insensitive keywords, `''` in strings,
/// `"quoted"` and `` `quoted` `` identifiers, `--`, `#` (MySQL) and `/* */` comments.
extension CodeRules {
    static let sql = CodeRules(
        keywords: WordSet("""
        add all alter analyze and any as asc begin between both by cascade case
        cast check collate column commit concurrently constraint create cross current_date
        current_timestamp current_user database default deferrable delete desc distinct do drop
        each else end escape except exclusive exists explain extension fetch
        first for foreign from full function global privileges cycle maxvalue minvalue increment grant group having if ilike immediate in index
        inner insert intersect interval into is isolation join key language last lateral
        leading left level like limit local lock materialized natural next no not nothing
        nowait null nulls of offset on only or order outer over partition password primary
        procedure read recursive references rename repeatable replace restrict returning
        returns revoke right rollback row rows savepoint schema select sequence serializable
        session set share show skip some start table tablespace temp temporary then to trailing
        transaction trigger truncate union unique unlogged update use user using vacuum
        values verbose view when where window with without work zone committed uncommitted
        isolation charset modify after before instead loop while return declare
        exec execute handler duplicate ignore straight_join sql_calc_found_rows unsigned zerofill auto_increment engine character identified flush status
        generated always stored virtual identity owned conflict excluded policy role replica
        """, ignoringCase: true),
        types: WordSet("""
        bigint binary bit blob bool boolean bytea char date datetime decimal double enum float
        int integer json jsonb longtext mediumint mediumtext money numeric real serial bigserial
        smallint smallserial text time timestamp timestamptz tinyint tinytext uuid varbinary
        varchar varying precision inet cidr xml array
        """, ignoringCase: true),
        constants: WordSet("true false unknown", ignoringCase: true),
        builtins: WordSet("""
        count sum avg min max coalesce nullif now greatest least concat length lower upper
        substring trim round floor ceil abs date_trunc date_format extract to_char to_date
        row_number rank dense_rank lag lead first_value last_value string_agg array_agg
        json_agg jsonb_agg ifnull isnull group_concat uuid_generate_v4 gen_random_uuid
        nextval currval setval generate_series unnest exists
        """, ignoringCase: true),
        lineComments: [Array("--".utf8), Array("#".utf8)],
        blockComment: (Array("/*".utf8), Array("*/".utf8)),
        strings: [
            StringForm("'").sqlQuoted(),
            StringForm("\"", kind: .variable).sqlQuoted(),
            StringForm("`", kind: .variable).sqlQuoted(),
        ],
        identifierExtras: [36],
        operators: Array("+-*/%=<>!&|^~?:@".utf8)
    )
}
