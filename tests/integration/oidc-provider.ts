/**
 * A real OpenID Connect provider in the test process (oidc-provider), for
 * e2e/oauth.spec.ts: GitHub and Google cannot be reached from here, and the
 * app treats any OpenID Connect provider the same way (docs/decisions/018).
 * Its login page (the package's development screens) accepts any login; the
 * account's claims come from `accounts`, keyed by that login.
 */
import type { Server } from "node:http";
import Provider from "oidc-provider";

export type OidcAccount = { email: string; email_verified: boolean; name: string };

export type TestOidcProvider = {
  issuer: string;
  accounts: Map<string, OidcAccount>;
  close: () => Promise<void>;
};

export async function startOidcProvider(options: { port: number; clientId: string; clientSecret: string; redirectUris: string[] }): Promise<TestOidcProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const accounts = new Map<string, OidcAccount>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the scopes' claims in the ID token, which is where Auth.js reads an OIDC profile from.
    conformIdTokenClaims: false,
    cookies: { keys: ["a key for the test provider's cookies only"] },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const claims = accounts.get(sub) ?? { email: `${sub}@example.test`, email_verified: false, name: sub };
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
    // Consent is not what is tested: grant the client's scopes at once.
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  // The provider's refusals explain a failed sign-in better than the app's side can.
  const explain = (event: string) => (ctx: { oidc?: { params?: { redirect_uri?: unknown } } }, error: Error & { error_description?: string }) =>
    console.warn(`[test OIDC provider] ${event}: ${error.message} ${error.error_description ?? ""} (redirect_uri ${String(ctx.oidc?.params?.redirect_uri)})`);
  provider.on("grant.error", explain("grant.error"));
  provider.on("authorization.error", explain("authorization.error"));
  provider.on("server_error", explain("server_error"));
  const server: Server = await new Promise((resolve, reject) => {
    const s = provider.listen(options.port, "127.0.0.1", () => resolve(s));
    s.once("error", reject);
  });
  return { issuer, accounts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
