//! SSH-2 public-key user authentication (RFC 4252 §7), one step at a time, with a
//! real Ed25519 key pair (RFC 8709): the client signs data that binds the session
//! identifier to the user and the key; the server verifies the signature with the
//! public key it has on file. Nothing is encrypted with the user's key.
//!
//! Randomness comes from the caller as [`Material`]: the CLI fills it from the
//! operating system, tests and `--seed` from [`Material::from_seed`].

use ed25519_dalek::{Signature, Signer, SigningKey};
use sha2::{Digest, Sha256};

use super::key::{KeyType, PublicKey};
use super::wire::Writer;
use crate::lang::Lang;

/// The message number of SSH_MSG_USERAUTH_REQUEST (RFC 4250 §4.1.2).
///
/// ```
/// assert_eq!(netdojo::calc::ssh::SSH_MSG_USERAUTH_REQUEST, 50);
/// ```
pub const SSH_MSG_USERAUTH_REQUEST: u8 = 50;

/// The comment given to the key made for a walk.
const COMMENT: &str = "netdojo-walk";

/// The random inputs of a walk: the private key's 32-byte seed, and the session
/// identifier that key exchange would have produced (the exchange hash H).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Material {
    /// The Ed25519 private key seed.
    pub key_seed: [u8; 32],
    /// The session identifier.
    pub session_id: [u8; 32],
}

impl Material {
    /// Splits 64 random bytes into a key seed and a session identifier.
    ///
    /// ```
    /// use netdojo::calc::ssh::Material;
    /// let m = Material::from_bytes([1; 64]);
    /// assert_eq!(m.session_id, [1; 32]);
    /// ```
    pub fn from_bytes(bytes: [u8; 64]) -> Material {
        let mut key_seed = [0; 32];
        let mut session_id = [0; 32];
        key_seed.copy_from_slice(&bytes[..32]);
        session_id.copy_from_slice(&bytes[32..]);
        Material {
            key_seed,
            session_id,
        }
    }

    /// Reproducible material from a number: each half is the SHA-256 of a label and
    /// the number's 8 little-endian bytes, so every machine gets the same walk.
    ///
    /// ```
    /// use netdojo::calc::ssh::Material;
    /// assert_eq!(Material::from_seed(1), Material::from_seed(1));
    /// assert_ne!(Material::from_seed(1).key_seed, Material::from_seed(2).key_seed);
    /// ```
    pub fn from_seed(seed: u64) -> Material {
        let half = |label: &[u8]| -> [u8; 32] {
            let mut hasher = Sha256::new();
            hasher.update(label);
            hasher.update(seed.to_le_bytes());
            hasher.finalize().into()
        };
        Material {
            key_seed: half(b"netdojo ssh walk: key seed"),
            session_id: half(b"netdojo ssh walk: session id"),
        }
    }
}

/// One encoded field of the signed data or of the request message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The SSH data type: `string`, `byte` or `boolean`.
    pub encoding: &'static str,
    /// What the field is, as RFC 4252 names it.
    pub name: &'static str,
    /// Its value in words.
    pub shown: String,
    /// Its encoded bytes.
    pub bytes: Vec<u8>,
}

/// How a tampered copy differs from what was signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tamper {
    /// The same signature offered on another connection, whose session identifier differs.
    OtherSession {
        /// The other connection's session identifier.
        session_id: [u8; 32],
    },
    /// One bit of one byte of the signed data changed.
    FlippedByte {
        /// Offset of the byte in the signed data.
        offset: usize,
        /// The field it is in.
        field: &'static str,
        /// The byte before.
        before: u8,
        /// The byte after.
        after: u8,
    },
}

/// A tampered variant and the server's verdict on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tampered {
    /// What was changed.
    pub tamper: Tamper,
    /// The data the server checks the signature against.
    pub signed_data: Vec<u8>,
    /// Whether the signature still verifies (it never should).
    pub verified: bool,
}

/// Everything a public-key authentication shows, step by step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthWalk {
    /// The user logging in.
    pub user: String,
    /// The client's public key (the private key never leaves the client).
    pub public_key: PublicKey,
    /// The session identifier from key exchange.
    pub session_id: [u8; 32],
    /// The signed data, field by field.
    pub signed_fields: Vec<Field>,
    /// The signed data, all of it.
    pub signed_data: Vec<u8>,
    /// The Ed25519 signature over the signed data.
    pub signature: [u8; 64],
    /// The signature as SSH sends it: `string "ssh-ed25519"`, `string signature`.
    pub signature_blob: Vec<u8>,
    /// The SSH_MSG_USERAUTH_REQUEST message the client sends, field by field.
    pub request_fields: Vec<Field>,
    /// Whether the server finds the key in the user's authorized_keys.
    pub authorized: bool,
    /// Whether the server's verification succeeds.
    pub verified: bool,
    /// Changed copies that must fail.
    pub tampered: Vec<Tampered>,
}

/// The steps of the walk, in order, for a screen to go through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SshStep {
    /// The key pair and what the server holds.
    KeyPair,
    /// The session identifier from key exchange.
    SessionId,
    /// The data the client signs.
    SignedData,
    /// The signature.
    Signature,
    /// The request message sent.
    Request,
    /// The server's checks.
    Verify,
    /// Tampered copies that fail.
    Tampered,
}

impl SshStep {
    /// Every step, in order.
    ///
    /// ```
    /// use netdojo::calc::ssh::SshStep;
    /// assert_eq!(SshStep::ALL.len(), 7);
    /// ```
    pub const ALL: [SshStep; 7] = [
        SshStep::KeyPair,
        SshStep::SessionId,
        SshStep::SignedData,
        SshStep::Signature,
        SshStep::Request,
        SshStep::Verify,
        SshStep::Tampered,
    ];

    /// One sentence saying what happens in this step.
    ///
    /// ```
    /// use netdojo::{calc::ssh::SshStep, lang::Lang};
    /// assert!(SshStep::Signature.explain(Lang::En).contains("private key"));
    /// ```
    pub fn explain(self, lang: Lang) -> &'static str {
        match self {
            SshStep::KeyPair => lang.pick(
                "The client has a key pair; the server has only the public key, listed in the user's ~/.ssh/authorized_keys.",
                "クライアントは鍵ペアを持ち、サーバーは公開鍵だけをユーザーの ~/.ssh/authorized_keys に登録している。",
            ),
            SshStep::SessionId => lang.pick(
                "Key exchange has encrypted the connection and given both sides the same session identifier (the exchange hash H).",
                "鍵交換で通信は暗号化済みで、両者は同じセッション識別子(交換ハッシュH)を持っている。",
            ),
            SshStep::SignedData => lang.pick(
                "The client lays out the data to sign: the session identifier, then the request it is about to send.",
                "クライアントは署名するデータを組み立てる。セッション識別子と、これから送るリクエストの内容。",
            ),
            SshStep::Signature => lang.pick(
                "The client signs that data with its private key, which never leaves the client.",
                "クライアントはそのデータに秘密鍵で署名する。秘密鍵はクライアントの外に出ない。",
            ),
            SshStep::Request => lang.pick(
                "The client sends SSH_MSG_USERAUTH_REQUEST with the public key and the signature (the session identifier is not sent: both sides know it).",
                "クライアントは公開鍵と署名を付けて SSH_MSG_USERAUTH_REQUEST を送る(セッション識別子は両者が知っているので送らない)。",
            ),
            SshStep::Verify => lang.pick(
                "The server checks that the key is authorized for the user, rebuilds the signed data and verifies the signature with the public key.",
                "サーバーは鍵がそのユーザーに登録済みか確かめ、署名対象のデータを組み立て直し、公開鍵で署名を検証する。",
            ),
            SshStep::Tampered => lang.pick(
                "Change one byte, or replay the signature on another connection, and verification fails.",
                "1バイトでも変えたり、別の接続で署名を使い回したりすると、検証は失敗する。",
            ),
        }
    }
}

/// Why a user name cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UserError {
    /// Nothing given.
    #[error("it is empty")]
    Empty,
    /// Too long for the walk.
    #[error("it is longer than 64 bytes")]
    TooLong,
    /// Whitespace or a control character.
    #[error("it contains whitespace or a control character")]
    BadChar,
}

/// Checks a user name: 1 to 64 bytes without whitespace or control characters.
///
/// ```
/// use netdojo::calc::ssh::{check_user, UserError};
/// assert!(check_user("ec2-user").is_ok());
/// assert_eq!(check_user(""), Err(UserError::Empty));
/// ```
pub fn check_user(user: &str) -> Result<(), UserError> {
    if user.is_empty() {
        return Err(UserError::Empty);
    }
    if user.len() > 64 {
        return Err(UserError::TooLong);
    }
    if user.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UserError::BadChar);
    }
    Ok(())
}

fn string_field(name: &'static str, shown: String, value: &[u8]) -> Field {
    let mut writer = Writer::new();
    writer.string(value);
    Field {
        encoding: "string",
        name,
        shown,
        bytes: writer.into_bytes(),
    }
}

fn quoted(value: &str) -> String {
    format!("\"{value}\"")
}

/// The fields of the request that follow the session identifier (RFC 4252 §7).
fn request_body(user: &str, blob: &[u8]) -> Vec<Field> {
    let algorithm = KeyType::Ed25519.name();
    vec![
        Field {
            encoding: "byte",
            name: "SSH_MSG_USERAUTH_REQUEST",
            shown: SSH_MSG_USERAUTH_REQUEST.to_string(),
            bytes: vec![SSH_MSG_USERAUTH_REQUEST],
        },
        string_field("user name", quoted(user), user.as_bytes()),
        string_field("service name", quoted("ssh-connection"), b"ssh-connection"),
        string_field("method name", quoted("publickey"), b"publickey"),
        Field {
            encoding: "boolean",
            name: "has signature",
            shown: "TRUE".to_string(),
            bytes: vec![1],
        },
        string_field(
            "public key algorithm",
            quoted(algorithm),
            algorithm.as_bytes(),
        ),
        string_field("public key blob", format!("{} bytes", blob.len()), blob),
    ]
}

/// The signed data for a session identifier, user and key blob, field by field.
///
/// ```
/// use netdojo::calc::ssh::{ed25519_blob, signed_fields};
/// let fields = signed_fields(&[0; 32], "ec2-user", &ed25519_blob(&[0; 32]));
/// assert_eq!(fields.len(), 8);
/// assert_eq!(fields[1].bytes, [50]);
/// ```
pub fn signed_fields(session_id: &[u8; 32], user: &str, blob: &[u8]) -> Vec<Field> {
    let mut fields = vec![string_field(
        "session identifier",
        "32 bytes from key exchange".to_string(),
        session_id,
    )];
    fields.extend(request_body(user, blob));
    fields
}

fn concat(fields: &[Field]) -> Vec<u8> {
    fields
        .iter()
        .flat_map(|f| f.bytes.iter().copied())
        .collect()
}

/// Runs the walk for `user` with the given random material.
///
/// ```
/// use netdojo::calc::ssh::{walk, Material};
/// let w = walk("ec2-user", &Material::from_seed(1)).unwrap();
/// assert!(w.verified);
/// assert!(w.tampered.iter().all(|t| !t.verified));
/// assert_eq!(w.signed_data.len(), 151);
/// ```
pub fn walk(user: &str, material: &Material) -> Result<AuthWalk, UserError> {
    check_user(user)?;
    let signing = SigningKey::from_bytes(&material.key_seed);
    let verifying = signing.verifying_key();
    let public_key = PublicKey::ed25519(&verifying.to_bytes(), COMMENT);
    let blob = public_key.blob().to_vec();
    let fields = signed_fields(&material.session_id, user, &blob);
    let signed_data = concat(&fields);
    let signature = signing.sign(&signed_data);
    let signature_bytes = signature.to_bytes();
    let mut signature_blob = Writer::new();
    signature_blob.string(KeyType::Ed25519.name().as_bytes());
    signature_blob.string(&signature_bytes);
    let signature_blob = signature_blob.into_bytes();
    let mut request_fields = request_body(user, &blob);
    request_fields.push(string_field(
        "signature",
        format!("{} bytes", signature_blob.len()),
        &signature_blob,
    ));

    // The server's side: it looks the key up in authorized_keys, rebuilds the data
    // from the request and its own copy of the session identifier, and verifies.
    let authorized_keys = [public_key.to_string()];
    let authorized = authorized_keys
        .iter()
        .filter_map(|line| line.parse::<PublicKey>().ok())
        .any(|key| key.blob() == blob.as_slice());
    let verify = |data: &[u8]| {
        let signature = Signature::from_bytes(&signature_bytes);
        verifying.verify_strict(data, &signature).is_ok()
    };
    let verified = authorized && verify(&signed_data);

    let other_session: [u8; 32] = Sha256::digest(material.session_id).into();
    let replayed = concat(&signed_fields(&other_session, user, &blob));
    // Flip the lowest bit of the user name's first byte: a different user.
    let offset = fields[0].bytes.len() + fields[1].bytes.len() + 4;
    let mut flipped = signed_data.clone();
    let (before, after) = match flipped.get_mut(offset) {
        Some(byte) => {
            let before = *byte;
            *byte ^= 1;
            (before, *byte)
        }
        None => (0, 0),
    };
    let tampered = vec![
        Tampered {
            tamper: Tamper::OtherSession {
                session_id: other_session,
            },
            verified: verify(&replayed),
            signed_data: replayed,
        },
        Tampered {
            tamper: Tamper::FlippedByte {
                offset,
                field: "user name",
                before,
                after,
            },
            verified: verify(&flipped),
            signed_data: flipped,
        },
    ];
    Ok(AuthWalk {
        user: user.to_string(),
        public_key,
        session_id: material.session_id,
        signed_fields: fields,
        signed_data,
        signature: signature_bytes,
        signature_blob,
        request_fields,
        authorized,
        verified,
        tampered,
    })
}

/// Lower-case hex of some bytes.
///
/// ```
/// use netdojo::calc::ssh::hex;
/// assert_eq!(hex(&[0, 0x2a, 0xff]), "002aff");
/// ```
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layout_follows_rfc_4252() {
        let w = walk("ec2-user", &Material::from_seed(1)).unwrap();
        let names: Vec<&str> = w.signed_fields.iter().map(|f| f.name).collect();
        assert_eq!(
            names,
            [
                "session identifier",
                "SSH_MSG_USERAUTH_REQUEST",
                "user name",
                "service name",
                "method name",
                "has signature",
                "public key algorithm",
                "public key blob"
            ]
        );
        // 36 + 1 + 12 + 18 + 13 + 1 + 15 + 55
        assert_eq!(w.signed_data.len(), 151);
        assert_eq!(&w.signed_data[..4], &[0, 0, 0, 32]);
        assert_eq!(&w.signed_data[4..36], &w.session_id);
        assert_eq!(w.signed_data[36], 50);
        assert_eq!(&w.signed_data[37..49], b"\0\0\0\x08ec2-user");
        assert_eq!(w.signature_blob.len(), 4 + 11 + 4 + 64);
        assert_eq!(w.request_fields.last().unwrap().name, "signature");
    }

    #[test]
    fn verification_passes_and_tampering_fails() {
        let w = walk("admin", &Material::from_seed(7)).unwrap();
        assert!(w.authorized && w.verified);
        assert_eq!(w.tampered.len(), 2);
        assert!(w.tampered.iter().all(|t| !t.verified));
        let Tamper::FlippedByte { before, after, .. } = w.tampered[1].tamper else {
            panic!("expected a flipped byte");
        };
        assert_eq!((before, after), (b'a', b'`'));
    }

    #[test]
    fn the_public_key_is_a_real_openssh_line() {
        let w = walk("ec2-user", &Material::from_seed(1)).unwrap();
        let line = w.public_key.to_string();
        assert!(line.starts_with("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"));
        assert!(line.ends_with(" netdojo-walk"));
        assert_eq!(line.parse::<PublicKey>().unwrap(), w.public_key);
    }

    #[test]
    fn users() {
        assert_eq!(
            check_user("a b").unwrap_err().to_string(),
            "it contains whitespace or a control character"
        );
        assert!(check_user(&"u".repeat(65)).is_err());
    }
}
