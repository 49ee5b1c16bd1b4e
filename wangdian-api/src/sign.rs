//! Request signing (旗舰版): lower-case hex MD5 of `secret + Σ sorted(key + value) + secret` over
//! every query parameter **and** `body` (the exact JSON text sent), the secret never sent.
//!
//! Rule: signing reference §1.4, solid (official PHP SDK and six ports agree; vector V-Q1 is the
//! doc's own example). Keys sort by byte order; no separators, no URL-encoding, no trimming.

use md5::{Digest, Md5};

/// Seconds between the Unix epoch and the protocol's epoch, 2012-01-01 00:00:00 Beijing time.
pub const TIMESTAMP_EPOCH: i64 = 1_325_347_200;

/// The name under which the request body is signed (it never travels in the query).
pub const BODY_KEY: &str = "body";

/// The protocol's `timestamp` for a Unix time in seconds.
pub fn timestamp(unix_seconds: i64) -> i64 {
    unix_seconds - TIMESTAMP_EPOCH
}

/// The `sign` value, 32 lower-case hex characters: `params` are the query parameters to send
/// (`sign` excluded), `body` the exact JSON text to POST.
pub fn sign(secret: &str, params: &[(&str, &str)], body: &str) -> String {
    let mut pairs: Vec<(&str, &str)> = Vec::with_capacity(params.len() + 1);
    pairs.extend_from_slice(params);
    pairs.push((BODY_KEY, body));
    // Stable: equal keys (which the protocol refuses before signing) would keep their order.
    pairs.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let mut md5 = Md5::new();
    md5.update(secret.as_bytes());
    for (key, value) in pairs {
        md5.update(key.as_bytes());
        md5.update(value.as_bytes());
    }
    md5.update(secret.as_bytes());
    md5.finalize().iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The issued app secret `secret:salt` split on its **first** colon (the salt may hold colons, as
/// the official SDK and most ports split it); `None` without a colon.
pub fn split_secret(issued: &str) -> Option<(&str, &str)> {
    issued.split_once(':')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The doc's "Sign算法" example, inputs from waywake/wdt-sdk-ts `test/sign.test.ts` (V-Q1).
    const V_Q1_ISSUED: &str = "693f9fed686bfe13441385da98b436b6:dd488d0802b1e431e4c72cd355847853";

    fn v_q1(secret: &str, salt: &str, body: &str) -> String {
        let params = [
            ("sid", "wdterp30"),
            ("key", "czhc"),
            ("salt", salt),
            ("method", "wms.stockout.Sales.weighingExt"),
            ("timestamp", "232623153"),
            ("v", "1.0"),
        ];
        sign(secret, &params, body)
    }

    const V_Q1_BODY: &str = r#"["xc109393939393939","",1.2,0,false]"#;

    #[test]
    fn vector_q1_the_doc_example() {
        let (secret, salt) = split_secret(V_Q1_ISSUED).unwrap();
        assert_eq!(salt, "dd488d0802b1e431e4c72cd355847853");
        assert_eq!(v_q1(secret, salt, V_Q1_BODY), "20f557aaf9190797c581bbceeb6d5a5c");
    }

    #[test]
    fn vector_q1_negatives_each_input_matters() {
        let (secret, salt) = split_secret(V_Q1_ISSUED).unwrap();
        let good = "20f557aaf9190797c581bbceeb6d5a5c";
        // Signing the whole issued secret, the salt as secret, a spaced body, no body, upper case.
        assert_ne!(v_q1(V_Q1_ISSUED, salt, V_Q1_BODY), good);
        assert_ne!(v_q1(salt, secret, V_Q1_BODY), good);
        assert_ne!(v_q1(secret, salt, r#"["xc109393939393939", "", 1.2, 0, false]"#), good);
        assert_ne!(v_q1(secret, salt, ""), good);
        let unsorted_is_not_the_rule = {
            let mut md5 = Md5::new();
            for part in [secret, "sidwdterp30keyczhcsalt", salt, "methodwms.stockout.Sales.weighingExt"] {
                md5.update(part.as_bytes());
            }
            md5.update(format!("timestamp232623153v1.0body{V_Q1_BODY}{secret}").as_bytes());
            format!("{:x}", md5.finalize())
        };
        assert_ne!(unsorted_is_not_the_rule, good);
    }

    /// V-Q3's system parameters (inputs from the second test of waywake/wdt-sdk-ts).
    const V_Q3_SYSTEM: [(&str, &str); 6] = [
        ("sid", "seller-sid"),
        ("key", "app-key"),
        ("salt", "salt"),
        ("method", "setting.Warehouse.queryWarehouse"),
        ("timestamp", "448900499"),
        ("v", "1.0"),
    ];

    fn v_q3(pager: bool) -> String {
        let mut params = V_Q3_SYSTEM.to_vec();
        if pager {
            params.extend([("page_no", "0"), ("page_size", "100"), ("calc_total", "1")]);
        }
        let body = r#"[{"start_time":"2020-01-01 00:00:00","end_time":"2020-01-20 00:00:00"}]"#;
        sign("secret", &params, body)
    }

    #[test]
    fn vectors_q3_and_q3b_the_pager_is_signed() {
        assert_eq!(v_q3(true), "2a4a7e0d48c1940a8329e388d8801d32");
        assert_eq!(v_q3(false), "366b4aac156d9fd98e134311a61956d5");
    }

    #[test]
    fn vector_q4_the_body_bytes_matter() {
        let params = V_Q3_SYSTEM;
        assert_eq!(sign("secret", &params, r#"[{"goods_name":"测试/产品"}]"#), "72bb5fd6b340d7ec83c084d760b16adb");
        let php_escaped = r#"[{"goods_name":"\u6d4b\u8bd5\/\u4ea7\u54c1"}]"#;
        assert_eq!(sign("secret", &params, php_escaped), "0742f0cdd1e28d760a536e3a2bd7c795");
    }

    #[test]
    fn the_order_of_the_given_pairs_does_not_matter() {
        let a = sign("s", &[("b", "2"), ("a", "1"), ("c", "3")], "[]");
        let b = sign("s", &[("c", "3"), ("a", "1"), ("b", "2")], "[]");
        assert_eq!(a, b);
        // `body` sorts among the keys by bytes: after `b` (its prefix), before `c`.
        let preimage = "sa1b2body[]c3s";
        assert_eq!(a, format!("{:x}", Md5::digest(preimage.as_bytes())));
    }

    #[test]
    fn the_secret_splits_on_the_first_colon() {
        assert_eq!(split_secret("testsecret:testsalt"), Some(("testsecret", "testsalt")));
        assert_eq!(split_secret("a:b:c"), Some(("a", "b:c")));
        assert_eq!(split_secret("nocolon"), None);
        assert_eq!(timestamp(1_557_970_353), 232_623_153);
    }
}
