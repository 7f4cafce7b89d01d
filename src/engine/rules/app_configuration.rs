//! What a pasted app configuration policy says to Company Portal: which of Company Portal's keys it carries (from the configuration designer's settings, or from its XML, Base64 in `encodedSettingXml` or plain), and where.
//!
//! Company Portal's keys for ADE devices (S-LEARN-APP-CONFIG-CP): the dictionary
//! `IntuneCompanyPortalEnrollmentAfterUDA` for devices enrolled with user affinity, and
//! `IntuneUDAUserlessDevice` for devices enrolled without it. The first is a dictionary, so it
//! arrives as XML; the second is a string, so the designer's `settings` can carry it too
//! (S-GRAPH-IOS-APP-CONFIG).

use super::get_key;
use crate::engine::model::{key, pointer_token, Kind, Object};
use crate::engine::rules::RuleContext;

/// One of Company Portal's app configuration keys for ADE devices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompanyPortalKey {
    /// `IntuneCompanyPortalEnrollmentAfterUDA`: devices enrolled with user affinity.
    EnrollmentAfterUda,
    /// `IntuneUDAUserlessDevice`: devices enrolled without user affinity.
    UserlessDevice,
}

impl CompanyPortalKey {
    const ALL: [CompanyPortalKey; 2] = [CompanyPortalKey::EnrollmentAfterUda, CompanyPortalKey::UserlessDevice];

    pub fn name(self) -> &'static str {
        match self {
            CompanyPortalKey::EnrollmentAfterUda => "IntuneCompanyPortalEnrollmentAfterUDA",
            CompanyPortalKey::UserlessDevice => "IntuneUDAUserlessDevice",
        }
    }

    /// The key a configuration key names (keys are case-sensitive; spaces around are not).
    fn of(name: &str) -> Option<CompanyPortalKey> {
        CompanyPortalKey::ALL.into_iter().find(|k| k.name() == name.trim())
    }
}

/// The Company Portal keys an app configuration policy carries, each with the pointer
/// (relative to the object) that shows it: `/settings/<i>/appConfigKey`, or
/// `/encodedSettingXml` for a key in the XML. In document order, without repeats.
pub(crate) fn company_portal_keys(obj: &Object) -> Vec<(CompanyPortalKey, String)> {
    let mut out: Vec<(CompanyPortalKey, String)> = Vec::new();
    if obj.kind != Kind::IosAppConfiguration {
        return out;
    }
    if let Some(settings) = obj.field(key!("settings")) {
        for (i, item) in settings.value.items().enumerate() {
            let Some((name, value)) = get_key(item, "appConfigKey") else { continue };
            if let Some(k) = value.as_str().and_then(CompanyPortalKey::of) {
                if !out.iter().any(|(seen, _)| *seen == k) {
                    out.push((k, format!("{}/{i}/{}", settings.pointer(), pointer_token(name))));
                }
            }
        }
    }
    if let Some(xml) = obj.field(key!("encodedSettingXml")) {
        let text = xml.as_str().and_then(setting_xml).unwrap_or_default();
        for k in plist_keys(&text).filter_map(CompanyPortalKey::of) {
            if !out.iter().any(|(seen, _)| *seen == k) {
                out.push((k, xml.pointer()));
            }
        }
    }
    out
}

/// The pasted app configuration policies that carry `key`, with their positions and the
/// pointer that shows it.
pub(crate) fn policies_with<'a>(ctx: &RuleContext<'a>, key: CompanyPortalKey) -> Vec<(usize, &'a Object, String)> {
    ctx.objects_of(&[Kind::IosAppConfiguration])
        .filter_map(|(i, obj)| {
            company_portal_keys(obj).into_iter().find(|(k, _)| *k == key).map(|(_, pointer)| (i, obj, pointer))
        })
        .collect()
}

/// The XML of `encodedSettingXml`: Base64 as Graph writes it, or the XML itself as some
/// exports do. `None` when it is neither.
fn setting_xml(value: &str) -> Option<String> {
    let v = value.trim();
    if v.starts_with('<') {
        return Some(v.to_string());
    }
    String::from_utf8(decode_base64(v)?).ok()
}

/// The `<key>` names of an XML property list, trimmed.
fn plist_keys(xml: &str) -> impl Iterator<Item = &str> {
    xml.split("<key>").skip(1).filter_map(|rest| rest.split_once("</key>").map(|(name, _)| name.trim()))
}

/// Standard Base64 (RFC 4648, `+` and `/`), whitespace ignored, padding optional. `None` on
/// any other character or a dangling sixth bit group.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut padding = false;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => {
                padding = true;
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return None,
        };
        if padding {
            return None;
        }
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (bits < 6).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_decodes_as_the_standard_says() {
        assert_eq!(decode_base64("").unwrap(), b"");
        assert_eq!(decode_base64("Zg==").unwrap(), b"f");
        assert_eq!(decode_base64("Zm8=").unwrap(), b"fo");
        assert_eq!(decode_base64("Zm9v").unwrap(), b"foo");
        assert_eq!(decode_base64("Zm9vYg").unwrap(), b"foob", "padding is optional");
        assert_eq!(decode_base64("Zm9v\nYmFy").unwrap(), b"foobar", "line breaks are ignored");
        assert_eq!(decode_base64("PGtleT4=").unwrap(), b"<key>");
        assert!(decode_base64("Zm9v!").is_none());
        assert!(decode_base64("Zg==Zg").is_none(), "nothing after the padding");
        assert!(decode_base64("Z").is_none(), "a lone sixth of a byte");
    }

    #[test]
    fn plist_keys_are_the_key_elements() {
        let xml = "<dict><key> IntuneCompanyPortalEnrollmentAfterUDA </key><dict><key>UserId</key><string>{{userid}}</string></dict></dict>";
        assert_eq!(plist_keys(xml).collect::<Vec<_>>(), ["IntuneCompanyPortalEnrollmentAfterUDA", "UserId"]);
        assert_eq!(setting_xml("  <dict/>").as_deref(), Some("<dict/>"));
        assert_eq!(setting_xml("PGRpY3QvPg==").as_deref(), Some("<dict/>"));
        assert_eq!(setting_xml("not base64!"), None);
    }

    #[test]
    fn company_portal_keys_come_from_settings_and_xml_with_their_place() {
        use serde_json::json;
        let xml = "<dict><key>IntuneCompanyPortalEnrollmentAfterUDA</key><dict/></dict>";
        let b64: String = {
            // Encoded here by hand so the test does not trust the decoder it checks.
            const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            xml.as_bytes()
                .chunks(3)
                .flat_map(|c| {
                    let n = c.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
                    let k = c.len() + 1;
                    (0..4).map(move |j| if j < k { A[(n >> (18 - 6 * j) & 63) as usize] as char } else { '=' })
                })
                .collect()
        };
        let obj = Object::new(
            Kind::IosAppConfiguration,
            0,
            "p",
            "",
            json!({"targetedMobileApps": ["x"], "encodedSettingXml": b64, "settings": [
                {"appConfigKey": "Other", "appConfigKeyValue": "1"},
                {"AppConfigKey": "IntuneUDAUserlessDevice", "appConfigKeyValue": "{{SIGNEDDEVICEID}}"}
            ]}),
        );
        assert_eq!(
            company_portal_keys(&obj),
            [
                (CompanyPortalKey::UserlessDevice, "/settings/1/AppConfigKey".to_string()),
                (CompanyPortalKey::EnrollmentAfterUda, "/encodedSettingXml".to_string()),
            ]
        );
        let other =
            Object::new(Kind::IosApp, 0, "p", "", json!({"settings": [{"appConfigKey": "IntuneUDAUserlessDevice"}]}));
        assert!(company_portal_keys(&other).is_empty(), "only app configuration policies");
    }
}
