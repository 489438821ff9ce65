using Microsoft.AspNetCore.DataProtection;
using Regie.Data;

namespace Regie.Web.Infrastructure;

/// <summary>
/// Seals the authenticator app's shared key with ASP.NET Core Data Protection, with the key ring that <see cref="Hardening"/>
/// keeps in <c>Regie:DataProtectionKeys</c> (owner-only, beside the database file by default, never inside the database):
/// a copy of the database alone no longer gives anyone the codes of every user's phone.
/// </summary>
public sealed class DataProtectedAuthenticatorKeys(IDataProtectionProvider provider) : IAuthenticatorKeyProtector
{
    private readonly IDataProtector protector = provider.CreateProtector("Regie.TwoFactor.AuthenticatorKey.v1");

    public string Protect(string key) => protector.Protect(key);

    public string Unprotect(string sealedKey) => protector.Unprotect(sealedKey);
}
