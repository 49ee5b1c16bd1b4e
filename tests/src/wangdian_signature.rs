//! Independent implementation of the Wangdian (旗舰版) request signature and timestamps, for the
//! fake gateway: never the client's code.

use std::collections::BTreeMap;

use md5::{Digest, Md5};

/// Seconds from the Unix epoch to 2012-01-01 00:00:00 +08:00, the protocol's epoch.
pub const EPOCH_OFFSET: i64 = 1_325_347_200;

/// The query parameter carrying the signature (itself never signed).
pub const SIGN_PARAM: &str = "sign";

/// The system parameters every call carries besides `sign`.
pub const SYSTEM_PARAMS: [&str; 6] = ["sid", "key", "salt", "method", "v", "timestamp"];

/// `secret` + every `name + value` of `query` (`sign` left out) and of `("body", body)`, in
/// ascending byte order of the names, + `secret`.
pub fn preimage(secret: &str, query: &BTreeMap<String, String>, body: &str) -> String {
    let mut signed: BTreeMap<&str, &str> =
        query.iter().filter(|(name, _)| *name != SIGN_PARAM).map(|(n, v)| (n.as_str(), v.as_str())).collect();
    signed.insert("body", body);
    let mut text = String::from(secret);
    for (name, value) in signed {
        text.push_str(name);
        text.push_str(value);
    }
    text.push_str(secret);
    text
}

/// Lower-case hex MD5 of [`preimage`].
pub fn compute_sign(secret: &str, query: &BTreeMap<String, String>, body: &str) -> String {
    Md5::digest(preimage(secret, query, body).as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The protocol timestamp of now (Unix seconds − [`EPOCH_OFFSET`]).
pub fn timestamp_now() -> i64 {
    chrono::Utc::now().timestamp() - EPOCH_OFFSET
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(name, value)| (name.to_string(), value.to_string())).collect()
    }

    #[test]
    fn the_doc_example_v_q1() {
        // Inputs: waywake/wdt-sdk-ts test/sign.test.ts, quoting the official "Sign算法" example.
        let q = query(&[
            ("sid", "wdterp30"),
            ("key", "czhc"),
            ("salt", "dd488d0802b1e431e4c72cd355847853"),
            ("method", "wms.stockout.Sales.weighingExt"),
            ("timestamp", "232623153"),
            ("v", "1.0"),
            ("sign", "ignored"),
        ]);
        let body = r#"["xc109393939393939","",1.2,0,false]"#;
        assert_eq!(compute_sign("693f9fed686bfe13441385da98b436b6", &q, body), "20f557aaf9190797c581bbceeb6d5a5c");
    }

    #[test]
    fn vectors_v_q2_and_v_q3() {
        let q2 = query(&[
            ("sid", "wdtapi3"),
            ("key", "wdt_test"),
            ("salt", "dd"),
            ("method", "system.Core.now"),
            ("timestamp", "100"),
            ("v", "1.0"),
        ]);
        assert_eq!(
            preimage("aa", &q2, "[]"),
            "aabody[]keywdt_testmethodsystem.Core.nowsaltddsidwdtapi3timestamp100v1.0aa"
        );
        assert_eq!(compute_sign("aa", &q2, "[]"), "b5745bf1f4721a0d16e9a68cb7513032");
        let mut q3 = query(&[
            ("sid", "seller-sid"),
            ("key", "app-key"),
            ("salt", "salt"),
            ("method", "setting.Warehouse.queryWarehouse"),
            ("timestamp", "448900499"),
            ("v", "1.0"),
        ]);
        let body = r#"[{"start_time":"2020-01-01 00:00:00","end_time":"2020-01-20 00:00:00"}]"#;
        assert_eq!(compute_sign("secret", &q3, body), "366b4aac156d9fd98e134311a61956d5");
        q3.extend(query(&[("page_no", "0"), ("page_size", "100"), ("calc_total", "1")]));
        assert_eq!(compute_sign("secret", &q3, body), "2a4a7e0d48c1940a8329e388d8801d32");
    }
}
