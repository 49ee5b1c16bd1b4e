//! List methods whose `Paged` impls differ in every way the spec can make them: paged from 0 or 1,
//! by record total, page total or none, with required or optional page and size, records as structs
//! or plain values, and flags with checked spellings. Shared through `#[path]` by
//! `tests/pagination.rs` (what is generated) and `tests/hostile_compiles.rs` (that it compiles).

/// `methods:` entries (indented for the list).
pub const PAGED_METHODS: &str = r#"  - name: dangdang.rows.get
    group: shop
    legacy_url: http://api.dangdang.com/v2/getRows.php
    transport: get
    safety: read
    en: Pages from 0 with a record total.
    provenance: { status: partial }
    params:
      - { wire: pg, rust: page_no, type: int, required: true }
      - { wire: n, type: int, allowed: [10, 50] }
      - { wire: all, type: boolyn, required: true }
      - { wire: some, type: bool01, allowed: ["1"] }
      - { wire: must, type: boolzh, required: true, allowed: ["是"] }
    pagination: { page: pg, first_page: 0, size: n, total_records: Head/records, items: Row }
    response:
      - name: Head
        required: true
        cert: "[2+] always present (required reply fields need two sources)"
        children:
          - { name: records, type: int, required: true, cert: "[2+]" }
      - { name: Row, repeated: true, children: [{ name: id, type: long }] }
  - name: dangdang.ids.get
    group: qa
    legacy_url: http://api.dangdang.com/v2/getIds.php
    transport: get
    safety: read
    en: No stated total.
    provenance: { status: partial }
    params:
      - { wire: p, type: int }
      - { wire: size, type: int, required: true }
    pagination: { page: p, size: size, items: Ids/Id }
    response:
      - name: Ids
        children:
          - { name: Id, type: long, repeated: true }
  - name: dangdang.pages.get
    group: orders
    legacy_url: http://api.dangdang.com/v2/getPages.php
    transport: get
    safety: read
    en: A page total in an optional element.
    provenance: { status: partial }
    params:
      - { wire: p, type: int }
    pagination: { page: p, total_pages: totalInfo/pageTotal, items: List/Item }
    response:
      - name: totalInfo
        children:
          - { name: pageTotal, type: int }
      - name: List
        children:
          - { name: Item, repeated: true, children: [{ name: id, type: long }] }
"#;
