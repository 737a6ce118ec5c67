//! OpenSSH public keys: the one-line format (`TYPE BASE64 COMMENT`), the key blob
//! inside it, its size in bits and its SHA256 fingerprint as `ssh-keygen -lf`
//! prints them.

use std::fmt;
use std::str::FromStr;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use sha2::{Digest, Sha256};

use super::wire::{Reader, Truncated, encode_string};

/// The key types read here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyType {
    /// `ssh-ed25519` (RFC 8709).
    Ed25519,
    /// `ssh-rsa` (RFC 4253 §6.6; signatures with SHA-2 per RFC 8332).
    Rsa,
    /// `ecdsa-sha2-nistp256` (RFC 5656).
    EcdsaP256,
    /// `ecdsa-sha2-nistp384`.
    EcdsaP384,
    /// `ecdsa-sha2-nistp521`.
    EcdsaP521,
}

impl KeyType {
    /// Every type, in the order help texts list them.
    ///
    /// ```
    /// use netdojo::calc::ssh::KeyType;
    /// assert_eq!(KeyType::ALL.len(), 5);
    /// ```
    pub const ALL: [KeyType; 5] = [
        KeyType::Ed25519,
        KeyType::Rsa,
        KeyType::EcdsaP256,
        KeyType::EcdsaP384,
        KeyType::EcdsaP521,
    ];

    /// The algorithm name as it appears in key lines and blobs.
    ///
    /// ```
    /// use netdojo::calc::ssh::KeyType;
    /// assert_eq!(KeyType::EcdsaP384.name(), "ecdsa-sha2-nistp384");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            KeyType::Ed25519 => "ssh-ed25519",
            KeyType::Rsa => "ssh-rsa",
            KeyType::EcdsaP256 => "ecdsa-sha2-nistp256",
            KeyType::EcdsaP384 => "ecdsa-sha2-nistp384",
            KeyType::EcdsaP521 => "ecdsa-sha2-nistp521",
        }
    }

    /// The label `ssh-keygen -l` puts in parentheses: `ED25519`, `RSA` or `ECDSA`.
    ///
    /// ```
    /// use netdojo::calc::ssh::KeyType;
    /// assert_eq!(KeyType::EcdsaP521.label(), "ECDSA");
    /// ```
    pub fn label(self) -> &'static str {
        match self {
            KeyType::Ed25519 => "ED25519",
            KeyType::Rsa => "RSA",
            KeyType::EcdsaP256 | KeyType::EcdsaP384 | KeyType::EcdsaP521 => "ECDSA",
        }
    }

    /// The curve name inside an ECDSA blob and the point's byte length (0x04, X, Y).
    fn curve(self) -> Option<(&'static str, usize, u32)> {
        match self {
            KeyType::EcdsaP256 => Some(("nistp256", 65, 256)),
            KeyType::EcdsaP384 => Some(("nistp384", 97, 384)),
            KeyType::EcdsaP521 => Some(("nistp521", 133, 521)),
            KeyType::Ed25519 | KeyType::Rsa => None,
        }
    }

    fn from_name(name: &[u8]) -> Option<KeyType> {
        KeyType::ALL
            .into_iter()
            .find(|t| t.name().as_bytes() == name)
    }
}

/// Why a line or blob is not a public key this tool reads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// A private key was given instead of a public one.
    #[error(
        "this is a private key; give the public key (the .pub file) and keep the private key to yourself"
    )]
    PrivateKey,
    /// The first word is not a known key type.
    #[error(
        "\"{0}\" is not a key type read here (ssh-ed25519, ssh-rsa, ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521)"
    )]
    UnknownType(String),
    /// A type with nothing after it.
    #[error("the line has a key type but no key data after it")]
    MissingData,
    /// The key data is not base64.
    #[error("the key data is not valid base64")]
    BadBase64,
    /// The blob names another type than the line.
    #[error("the line says {line} but the key data holds {blob}")]
    TypeMismatch {
        /// The type word of the line.
        line: String,
        /// The type inside the blob.
        blob: String,
    },
    /// A field of the blob is cut short.
    #[error("the key data ends in the middle of a field")]
    Truncated,
    /// Bytes left over after the last field.
    #[error("the key data has {0} bytes left over after the key")]
    TrailingBytes(usize),
    /// An Ed25519 key of the wrong size.
    #[error("an Ed25519 public key is 32 bytes, this one is {0}")]
    Ed25519Length(usize),
    /// An RSA modulus or exponent that is not a positive number.
    #[error("the RSA {0} is not a positive number")]
    RsaNumber(&'static str),
    /// An ECDSA blob whose curve differs from its type.
    #[error("the key type is {expected} but the curve inside is \"{found}\"")]
    CurveMismatch {
        /// The curve the type calls for.
        expected: &'static str,
        /// The curve found.
        found: String,
    },
    /// An ECDSA point that is not an uncompressed point of the curve's size.
    #[error(
        "the ECDSA point is {found} bytes; an uncompressed {curve} point is {expected} bytes starting with 04"
    )]
    BadPoint {
        /// The curve.
        curve: &'static str,
        /// The expected length.
        expected: usize,
        /// The length found.
        found: usize,
    },
}

impl From<Truncated> for KeyError {
    fn from(_: Truncated) -> KeyError {
        KeyError::Truncated
    }
}

/// A public key: its type, its blob (the bytes the base64 stands for), its comment
/// and its size in bits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    key_type: KeyType,
    blob: Vec<u8>,
    comment: String,
    bits: u32,
}

/// The bit length of a positive mpint's magnitude.
fn mpint_bits(value: &[u8], what: &'static str) -> Result<u32, KeyError> {
    if value.first().is_some_and(|b| b & 0x80 != 0) {
        return Err(KeyError::RsaNumber(what));
    }
    let magnitude: &[u8] = match value.iter().position(|b| *b != 0) {
        Some(first) => value.get(first..).unwrap_or_default(),
        None => return Err(KeyError::RsaNumber(what)),
    };
    let leading = magnitude.first().map_or(0, |b| b.leading_zeros());
    let total = u32::try_from(magnitude.len())
        .ok()
        .and_then(|len| len.checked_mul(8))
        .ok_or(KeyError::RsaNumber(what))?;
    Ok(total.saturating_sub(leading))
}

impl PublicKey {
    /// Reads a key blob, checking every field; `comment` may be empty.
    ///
    /// ```
    /// use netdojo::calc::ssh::{encode_string, KeyType, PublicKey};
    /// let mut blob = encode_string(b"ssh-ed25519");
    /// blob.extend(encode_string(&[7; 32]));
    /// let key = PublicKey::from_blob(&blob, "").unwrap();
    /// assert_eq!((key.key_type(), key.bits()), (KeyType::Ed25519, 256));
    /// ```
    pub fn from_blob(blob: &[u8], comment: &str) -> Result<PublicKey, KeyError> {
        let mut reader = Reader::new(blob);
        let name = reader.string()?;
        let key_type = KeyType::from_name(name)
            .ok_or_else(|| KeyError::UnknownType(String::from_utf8_lossy(name).into_owned()))?;
        let bits = match key_type {
            KeyType::Ed25519 => {
                let key = reader.string()?;
                if key.len() != 32 {
                    return Err(KeyError::Ed25519Length(key.len()));
                }
                256
            }
            KeyType::Rsa => {
                let exponent = reader.string()?;
                mpint_bits(exponent, "exponent")?;
                mpint_bits(reader.string()?, "modulus")?
            }
            KeyType::EcdsaP256 | KeyType::EcdsaP384 | KeyType::EcdsaP521 => {
                let (curve, point_len, bits) = key_type.curve().unwrap_or(("", 0, 0));
                let found = reader.string()?;
                if found != curve.as_bytes() {
                    return Err(KeyError::CurveMismatch {
                        expected: curve,
                        found: String::from_utf8_lossy(found).into_owned(),
                    });
                }
                let point = reader.string()?;
                if point.len() != point_len || point.first() != Some(&4) {
                    return Err(KeyError::BadPoint {
                        curve,
                        expected: point_len,
                        found: point.len(),
                    });
                }
                bits
            }
        };
        if !reader.is_empty() {
            return Err(KeyError::TrailingBytes(reader.remaining()));
        }
        Ok(PublicKey {
            key_type,
            blob: blob.to_vec(),
            comment: comment.to_string(),
            bits,
        })
    }

    /// An Ed25519 public key from its 32 bytes.
    ///
    /// ```
    /// use netdojo::calc::ssh::PublicKey;
    /// let key = PublicKey::ed25519(&[9; 32], "demo");
    /// assert_eq!(key.keygen_line().split(' ').next(), Some("256"));
    /// ```
    pub fn ed25519(key: &[u8; 32], comment: &str) -> PublicKey {
        PublicKey {
            key_type: KeyType::Ed25519,
            blob: ed25519_blob(key),
            comment: comment.to_string(),
            bits: 256,
        }
    }

    /// The key type.
    ///
    /// ```
    /// use netdojo::calc::ssh::{KeyType, PublicKey};
    /// let key: PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN".parse().unwrap();
    /// assert_eq!(key.key_type(), KeyType::Ed25519);
    /// ```
    pub fn key_type(&self) -> KeyType {
        self.key_type
    }

    /// The key blob.
    ///
    /// ```
    /// use netdojo::calc::ssh::PublicKey;
    /// let key: PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN".parse().unwrap();
    /// assert_eq!(key.blob().len(), 51);
    /// ```
    pub fn blob(&self) -> &[u8] {
        &self.blob
    }

    /// The comment (empty when there is none).
    ///
    /// ```
    /// use netdojo::calc::ssh::PublicKey;
    /// let key: PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN alice@laptop".parse().unwrap();
    /// assert_eq!(key.comment(), "alice@laptop");
    /// ```
    pub fn comment(&self) -> &str {
        &self.comment
    }

    /// The size: 256 for Ed25519, the modulus length for RSA, the curve size for ECDSA.
    ///
    /// ```
    /// use netdojo::calc::ssh::PublicKey;
    /// let key: PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN".parse().unwrap();
    /// assert_eq!(key.bits(), 256);
    /// ```
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// The SHA256 fingerprint as OpenSSH writes it.
    ///
    /// ```
    /// use netdojo::calc::ssh::PublicKey;
    /// let key: PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN".parse().unwrap();
    /// assert_eq!(key.fingerprint(), "SHA256:HYa9xH3QIAUDsNqXKAlvA8if+aPXUo+yCKhVBx3RMPg");
    /// ```
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.blob)
    }

    /// The line `ssh-keygen -lf` prints: bits, fingerprint, comment (or `no comment`), type.
    ///
    /// ```
    /// use netdojo::calc::ssh::PublicKey;
    /// let key: PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN alice@laptop".parse().unwrap();
    /// assert_eq!(key.keygen_line(), "256 SHA256:HYa9xH3QIAUDsNqXKAlvA8if+aPXUo+yCKhVBx3RMPg alice@laptop (ED25519)");
    /// ```
    pub fn keygen_line(&self) -> String {
        let comment = if self.comment.is_empty() {
            "no comment"
        } else {
            &self.comment
        };
        format!(
            "{} {} {} ({})",
            self.bits,
            self.fingerprint(),
            comment,
            self.key_type.label()
        )
    }

    /// The same key with another comment.
    ///
    /// ```
    /// use netdojo::calc::ssh::PublicKey;
    /// let key: PublicKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN".parse().unwrap();
    /// assert_eq!(key.with_comment("me").comment(), "me");
    /// ```
    pub fn with_comment(&self, comment: &str) -> PublicKey {
        PublicKey {
            comment: comment.to_string(),
            ..self.clone()
        }
    }
}

/// `SHA256:` and the unpadded base64 of the SHA-256 digest of a key blob.
///
/// ```
/// use netdojo::calc::ssh::fingerprint;
/// assert_eq!(fingerprint(b""), "SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU");
/// ```
pub fn fingerprint(blob: &[u8]) -> String {
    format!("SHA256:{}", STANDARD_NO_PAD.encode(Sha256::digest(blob)))
}

impl FromStr for PublicKey {
    type Err = KeyError;

    /// Reads one OpenSSH public key line: the type, the base64 blob, then an optional
    /// comment (everything after the whitespace that follows the blob; a final CR is
    /// dropped).
    ///
    /// ```
    /// use netdojo::calc::ssh::{KeyError, PublicKey};
    /// assert_eq!("ssh-ed25519".parse::<PublicKey>(), Err(KeyError::MissingData));
    /// assert_eq!("ssh-ed25519 ***".parse::<PublicKey>(), Err(KeyError::BadBase64));
    /// ```
    fn from_str(line: &str) -> Result<PublicKey, KeyError> {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = line.trim_start();
        if line.starts_with("-----BEGIN") {
            return Err(KeyError::PrivateKey);
        }
        let (type_word, rest) = line.split_once([' ', '\t']).unwrap_or((line, ""));
        let Some(key_type) = KeyType::from_name(type_word.as_bytes()) else {
            return Err(KeyError::UnknownType(type_word.to_string()));
        };
        let rest = rest.trim_start_matches([' ', '\t']);
        let (data, comment) = rest.split_once([' ', '\t']).unwrap_or((rest, ""));
        if data.is_empty() {
            return Err(KeyError::MissingData);
        }
        let comment = comment.trim_start_matches([' ', '\t']);
        let blob = STANDARD.decode(data).map_err(|_| KeyError::BadBase64)?;
        let key = PublicKey::from_blob(&blob, comment)?;
        if key.key_type != key_type {
            return Err(KeyError::TypeMismatch {
                line: key_type.name().to_string(),
                blob: key.key_type.name().to_string(),
            });
        }
        Ok(key)
    }
}

impl fmt::Display for PublicKey {
    /// Writes the OpenSSH line: type, base64 blob, and the comment if there is one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}",
            self.key_type.name(),
            STANDARD.encode(&self.blob)
        )?;
        if !self.comment.is_empty() {
            write!(f, " {}", self.comment)?;
        }
        Ok(())
    }
}

/// A key file's bad line: its number and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyFileError {
    /// A line that is not a key.
    #[error("line {line}: {error}")]
    Line {
        /// The line number, from 1.
        line: usize,
        /// What is wrong.
        error: KeyError,
    },
    /// Only blank lines and comments.
    #[error("holds no public key")]
    NoKey,
}

/// Reads every key of a public key file (one per line; blank lines and `#` comments
/// are skipped), with its line number.
///
/// ```
/// use netdojo::calc::ssh::{read_key_file, KeyFileError};
/// let text = "# my key\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN me\n";
/// assert_eq!(read_key_file(text).unwrap()[0].0, 2);
/// assert_eq!(read_key_file("\n"), Err(KeyFileError::NoKey));
/// ```
pub fn read_key_file(text: &str) -> Result<Vec<(usize, PublicKey)>, KeyFileError> {
    let mut keys = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let number = index.saturating_add(1);
        let key = line
            .parse::<PublicKey>()
            .map_err(|error| KeyFileError::Line {
                line: number,
                error,
            })?;
        keys.push((number, key));
    }
    if keys.is_empty() {
        return Err(KeyFileError::NoKey);
    }
    Ok(keys)
}

/// The blob of an Ed25519 public key: `string "ssh-ed25519"`, `string key`.
///
/// ```
/// use netdojo::calc::ssh::ed25519_blob;
/// assert_eq!(ed25519_blob(&[0; 32]).len(), 4 + 11 + 4 + 32);
/// ```
pub fn ed25519_blob(key: &[u8; 32]) -> Vec<u8> {
    let mut blob = encode_string(KeyType::Ed25519.name().as_bytes());
    blob.extend(encode_string(key));
    blob
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::ssh::Writer;

    const ED: &str =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFEfDeYeizQpRXylhvsG9a3Xa1J6xqo7kcsWIVWb0lMN";

    fn rsa_blob(exponent: &[u8], modulus: &[u8]) -> Vec<u8> {
        let mut w = Writer::new();
        w.string(b"ssh-rsa");
        w.string(exponent);
        w.string(modulus);
        w.into_bytes()
    }

    #[test]
    fn comments_keep_inner_and_trailing_spaces() {
        let key: PublicKey = format!("{ED}\talice  tab").parse().unwrap();
        assert_eq!(key.comment(), "alice  tab");
        let key: PublicKey = format!("{ED} trailing  ").parse().unwrap();
        assert_eq!(key.comment(), "trailing  ");
        let key: PublicKey = format!("{ED} crlf\r").parse().unwrap();
        assert_eq!(key.comment(), "crlf");
        let key: PublicKey = format!("{ED} ").parse().unwrap();
        assert!(key.keygen_line().ends_with(" no comment (ED25519)"));
    }

    #[test]
    fn rsa_bits_come_from_the_modulus() {
        let mut modulus = vec![0x00, 0x80];
        modulus.extend([0u8; 255]);
        let key = PublicKey::from_blob(&rsa_blob(&[1, 0, 1], &modulus), "").unwrap();
        assert_eq!(key.bits(), 2048);
        let key = PublicKey::from_blob(&rsa_blob(&[3], &[0x01, 0xff]), "").unwrap();
        assert_eq!(key.bits(), 9);
        assert_eq!(
            PublicKey::from_blob(&rsa_blob(&[3], &[0x80]), ""),
            Err(KeyError::RsaNumber("modulus"))
        );
        assert_eq!(
            PublicKey::from_blob(&rsa_blob(&[], &[1]), ""),
            Err(KeyError::RsaNumber("exponent"))
        );
    }

    #[test]
    fn ecdsa_checks_curve_and_point() {
        let mut w = Writer::new();
        w.string(b"ecdsa-sha2-nistp256");
        w.string(b"nistp384");
        w.string(&[4; 65]);
        assert_eq!(
            PublicKey::from_blob(&w.into_bytes(), ""),
            Err(KeyError::CurveMismatch {
                expected: "nistp256",
                found: "nistp384".into()
            })
        );
        let mut w = Writer::new();
        w.string(b"ecdsa-sha2-nistp521");
        w.string(b"nistp521");
        w.string(&[4; 65]);
        assert_eq!(
            PublicKey::from_blob(&w.into_bytes(), ""),
            Err(KeyError::BadPoint {
                curve: "nistp521",
                expected: 133,
                found: 65
            })
        );
    }

    #[test]
    fn line_errors() {
        assert_eq!(
            "ssh-dss AAAA".parse::<PublicKey>(),
            Err(KeyError::UnknownType("ssh-dss".into()))
        );
        assert_eq!(
            "-----BEGIN OPENSSH PRIVATE KEY-----".parse::<PublicKey>(),
            Err(KeyError::PrivateKey)
        );
        let rsa_line = ED.replace("ssh-ed25519", "ssh-rsa");
        assert_eq!(
            rsa_line.parse::<PublicKey>(),
            Err(KeyError::TypeMismatch {
                line: "ssh-rsa".into(),
                blob: "ssh-ed25519".into()
            })
        );
        let mut blob = ed25519_blob(&[1; 32]);
        blob.extend([0, 0, 0, 1, 9]);
        assert_eq!(
            PublicKey::from_blob(&blob, ""),
            Err(KeyError::TrailingBytes(5))
        );
        assert_eq!(
            PublicKey::from_blob(&blob[..20], ""),
            Err(KeyError::Truncated)
        );
    }

    #[test]
    fn display_round_trips() {
        let line = format!("{ED} a comment");
        assert_eq!(line.parse::<PublicKey>().unwrap().to_string(), line);
    }

    #[test]
    fn key_files() {
        let text = format!("\n# keys\n{ED} one\nnonsense here\n");
        assert_eq!(
            read_key_file(&text),
            Err(KeyFileError::Line {
                line: 4,
                error: KeyError::UnknownType("nonsense".into())
            })
        );
        assert_eq!(
            KeyFileError::Line {
                line: 4,
                error: KeyError::BadBase64
            }
            .to_string(),
            "line 4: the key data is not valid base64"
        );
    }
}
