#!/usr/bin/env python3
"""Edits a scratch copy of dangdang-api/src for benches/serde_cost.sh (never the real tree).

Usage: serde_cost_variant.py SRC_DIR VARIANT
- baseline: unchanged.
- no_path_tracking: decode::typed calls quick_xml::de::from_str directly (no serde_path_to_error).
- no_decode_calls: the generated methods no longer call decode::typed (derives stay, uninstantiated).
- no_derives: no serde derives, #[serde] attributes or list helpers in the generated code at all:
  the lower bound of what the generated code costs without any decoder.
"""
import re, sys, pathlib
root, variant = pathlib.Path(sys.argv[1]), sys.argv[2]
assert variant in ("baseline", "no_path_tracking", "no_decode_calls", "no_derives"), variant
dec = root / 'decode.rs'
s = dec.read_text()
if variant == 'no_path_tracking':
    s = s.replace('''    let mut deserializer = quick_xml::de::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        Error::Decode { method, path, message: error.into_inner().to_string(), raw: body.clone() }
    })''', '''    quick_xml::de::from_str(&text).map_err(|error| Error::Decode {
        method,
        path: ".".into(),
        message: error.to_string(),
        raw: body.clone(),
    })''')
    assert 'serde_path_to_error' not in s
    dec.write_text(s)
def strip_serde(text, drop_derive):
    out = text.replace('crate::decode::typed::<Response>(METHOD, &body)', '{ let _ = (METHOD, &body); unimplemented!() }')
    if not drop_derive:
        return out
    out = out.replace(', serde::Deserialize)', ')')
    # remove #[serde(...)] attributes (balanced parentheses)
    res = []; i = 0
    while True:
        j = out.find('#[serde(', i)
        if j < 0: res.append(out[i:]); break
        res.append(out[i:j]); k = j + len('#[serde('); depth = 1
        while depth:
            if out[k] == '(': depth += 1
            elif out[k] == ')': depth -= 1
            k += 1
        assert out[k] == ']'; i = k + 1
    out = ''.join(res)
    # remove the `fn de_…` list helpers (doc comment + fn … { … })
    out = re.sub(r'(    ///[^\n]*\n)*    fn de_\w+<\'de, D: serde::Deserializer<\'de>>\(\n.*?\n    \}\n', '', out, flags=re.S)
    return out
if variant in ('no_decode_calls', 'no_derives'):
    for f in (root / 'generated').rglob('*.rs'):
        t = f.read_text()
        f.write_text(strip_serde(t, variant == 'no_derives'))
