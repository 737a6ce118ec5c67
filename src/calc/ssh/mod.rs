//! SSH: OpenSSH public keys and their fingerprints, and the SSH-2 public-key
//! authentication walked through with a real Ed25519 key pair.

mod key;
mod walk;
mod wire;

pub use key::{
    KeyError, KeyFileError, KeyType, PublicKey, ed25519_blob, fingerprint, read_key_file,
};
pub use walk::{
    AuthWalk, Field, Material, SSH_MSG_USERAUTH_REQUEST, SshStep, Tamper, Tampered, UserError,
    check_user, hex, signed_fields, walk,
};
pub use wire::{Reader, Truncated, Writer, encode_string};
