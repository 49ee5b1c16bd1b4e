//! At -vvv nothing prints the app secret, the session or the seeded consignees' data.

mod common;

use common::{assert_code, run, sandbox, stderr, stdout};

#[test]
fn no_secret_or_consignee_data_at_vvv() {
    let sandbox = sandbox();
    let order = sandbox.shop().orders.keys().next().copied().expect("a seeded order").to_string();
    let runs = [
        run(&sandbox, &["-vvv", "call", "dangdang.order.details.get", "-p", &format!("o={order}")]),
        run(&sandbox, &["-vvv", "pages", "dangdang.orders.list.get", "-p", "pageSize=20", "--max-pages", "2"]),
        run(&sandbox, &["-vvv", "call", "dangdang.orders.list.get", "-p", "name=沙箱收货人1号"]),
        run(&sandbox, &["-vvv", "call", "dangdang.orders.list.get", "--tree", "-p", "pageSize=20"]),
        run(&sandbox, &["-vvv", "call", "dangdang.order.details.get", "--tree", "-p", &format!("o={order}")]),
    ];
    // The seeded consignees' names, addresses and mobile numbers (`000` and eight digits).
    let secrets = [
        sandbox.app_secret().to_owned(),
        sandbox.session().to_owned(),
        "沙箱收货人".to_owned(),
        "假地址路".to_owned(),
        "\"000000".to_owned(),
        "000-00000000".to_owned(),
    ];
    for output in &runs {
        assert_code(output, 0);
        assert!(stderr(output).contains("api.call"), "-vvv logs the calls: {}", stderr(output));
        for text in [stdout(output), stderr(output)] {
            for secret in &secrets {
                assert!(!text.contains(secret.as_str()), "`{secret}` printed:\n{text}");
            }
        }
    }
    // The consignee is in the replies, redacted: typed (runs 0 to 2) and as a tree.
    for output in [&runs[0], &runs[1], &runs[3], &runs[4]] {
        assert!(stdout(output).contains("[personal]"), "{}", stdout(output));
    }
}
