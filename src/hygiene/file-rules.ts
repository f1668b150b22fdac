import type { RuleInfo } from '../types.js';

/** A rule about a file that does not belong in a repository, whatever its lines hold. */
export interface FileRule extends RuleInfo {
  /** Why such a file must stay out, for `leakguard explain`. */
  why: string;
  /** Matched against the file's name (the last part of its path). */
  names: RegExp;
  /** Names that look alike but are meant to be committed. */
  except?: RegExp;
  /** The .gitignore line that keeps this file out: by name anywhere, or this one path. */
  ignoreLine(path: string): string;
}

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
// A path as a .gitignore pattern anchored at the top: wildcards and a leading # or ! taken literally.
const anchored = (path: string) => `/${path.replace(/[\\*?[]/g, '\\$&')}`;

const common = { confidence: 'high' as const, tags: ['file'] };

export const FILE_RULES: readonly FileRule[] = [
  {
    ...common,
    id: 'sensitive-file-env',
    description: 'Environment file (.env)',
    why: 'A .env file holds what an app reads at start, its API keys and passwords among them. It belongs on one machine; the committed .env.example holds placeholders in its place.',
    rotate: 'If the file was ever committed or shared, rotate each secret it holds at its issuer: leakguard scan on it names them, with where to rotate each.',
    names: /^\.env(?:\..+)?$/i,
    // .env.vault is dotenv-vault's encrypted file, made to be committed.
    except: /^\.env\.(?:example|sample|template|vault)$/i,
    ignoreLine: nameOf,
  },
  {
    ...common,
    id: 'sensitive-file-private-key',
    description: 'Private key file (.pem, .key)',
    why: 'A private key proves to servers, clients and certificate holders that its owner is you; whoever copies the file can sign, decrypt and log in as you.',
    rotate: 'If the key was ever committed or shared, make a new key pair, put its public half wherever the old one was trusted (certificate, authorized_keys, the provider console), then revoke the old certificate or key.',
    names: /\.(?:pem|key)$/i,
    ignoreLine: anchored,
  },
  {
    ...common,
    id: 'sensitive-file-keystore',
    description: 'PKCS #12 keystore (.p12, .pfx)',
    why: 'A .p12 or .pfx file bundles a private key with its certificate. Its password is often short or shared, so the file is nearly the key itself.',
    rotate: 'If it was ever committed or shared, issue a new certificate and key, revoke the old certificate at its authority, and replace the keystore wherever it is installed.',
    names: /\.(?:p12|pfx)$/i,
    ignoreLine: anchored,
  },
  {
    ...common,
    id: 'sensitive-file-credentials',
    description: 'Credentials file (credentials.json, secrets.json)',
    why: 'credentials.json is where OAuth client secrets (Google’s among them) and many tools’ tokens are saved; secrets.json holds user secrets that frameworks keep outside the project on purpose.',
    rotate: 'If it was ever committed or shared, reset each secret it holds at its issuer; for a Google OAuth client, reset the client secret at https://console.cloud.google.com/apis/credentials.',
    names: /^(?:credentials|secrets)\.json$/i,
    ignoreLine: anchored,
  },
  {
    ...common,
    id: 'sensitive-file-service-account',
    description: 'Cloud service account key file',
    why: 'A service account key signs in as that account with every role it holds, with no password and no second factor, until the key is deleted.',
    rotate: 'If it was ever committed or shared, delete the key at https://console.cloud.google.com/iam-admin/serviceaccounts (the account’s Keys tab) and create a new one, or use workload identity federation and no key file at all.',
    names: /service[-_.]?account.*\.json$/i,
    ignoreLine: anchored,
  },
];

/** The file rule a path falls under, if any. */
export function fileRuleOf(path: string): FileRule | undefined {
  const name = nameOf(path);
  return FILE_RULES.find((rule) => rule.names.test(name) && !rule.except?.test(name));
}
