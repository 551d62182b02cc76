// Removes secrets from text a reader pasted before anything shows or copies it:
// API keys, `WANDB_API_KEY=…`, netrc `password` lines, Authorization/Bearer tokens.
import { looksLikeApiKey } from './names.ts';

export const REDACTED = '[REDACTED]';

const ASSIGNED_KEY = /(WANDB_API_KEY\s*[=:]\s*["']?)[^\s"']+/gi;
const NETRC_PASSWORD = /(\bpassword\s+)\S+/gi;
const AUTHORIZATION = /(\bAuthorization\s*[:=]\s*(?:Bearer|Basic|Token)?\s*)[^\s"',]+/gi;
const BEARER = /(\bBearer\s+)[A-Za-z0-9._~+/=-]{8,}/g;
const API_KEY_ARG = /(\b(?:api_key|key)\s*=\s*["'])[^"']+/gi;
const TOKEN = /[A-Za-z0-9_-]{40,}/g;

export function redact(text: string): string {
	return text
		.replace(ASSIGNED_KEY, `$1${REDACTED}`)
		.replace(NETRC_PASSWORD, `$1${REDACTED}`)
		.replace(AUTHORIZATION, `$1${REDACTED}`)
		.replace(BEARER, `$1${REDACTED}`)
		.replace(API_KEY_ARG, `$1${REDACTED}`)
		.replace(TOKEN, (token) => (looksLikeApiKey(token) ? REDACTED : token));
}
