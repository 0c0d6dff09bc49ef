import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4), the OWASP-recommended family. */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}

/** Verifying against this when the e-mail is unknown keeps response times alike (no account probing). */
export const DECOY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$qZ4k3BfpcG6+HMQZDyBv6A$kTRo0Ao1pTGoAjQvMd59qQpFe/2UkZRDPcJU1wmoXGU';
