using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Regie.Web.Tests.Api;
using HardeningSettings = Regie.Web.Infrastructure.Hardening;

namespace Regie.Web.Tests.Hardening;

/// <summary>
/// With <c>Regie:DataProtectionCertificate</c> the data-protection keys on disk are encrypted with the certificate: a copy
/// of the keys folder alone no longer opens sessions, forms or the sealed authenticator keys; a restart with the
/// certificate does. A setting that leads to no usable certificate stops the start, naming the setting.
/// </summary>
public sealed class KeysEncryptedAtRest(RegieApp app) : IClassFixture<RegieApp>, IDisposable
{
    private const string Password = "test-wachtwoord-1";

    private readonly RegieApp app = app.Fresh();
    private readonly string folder = Directory.CreateTempSubdirectory("regie-keys-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A self-signed RSA certificate with its private key, as a .pfx file; with <paramref name="withKey"/> false only the certificate.</summary>
    private string Pfx(string name, bool withKey = true)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Regie test data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, withKey ? certificate.Export(X509ContentType.Pfx, Password)
            : X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert)).Export(X509ContentType.Pfx, Password));
        return path;
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Host(string keys, string? certificate) => app.WithWebHostBuilder(b =>
    {
        b.UseSetting(HardeningSettings.DataProtectionKeysKey, keys);
        if (certificate is not null)
        {
            b.UseSetting(HardeningSettings.DataProtectionCertificateKey, certificate);
            b.UseSetting(HardeningSettings.DataProtectionCertificatePasswordKey, Password);
        }
    });

    [Fact]
    public async Task WithACertificateTheKeysOnDiskAreEncryptedAndOnlyARestartWithItOpensWhatWasSealed()
    {
        var keys = Path.Combine(folder, "keys");
        var certificate = Pfx("regie.pfx");
        string sealedText;
        using (var first = Host(keys, certificate))
        {
            sealedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("geheim");
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/import", Ct)).StatusCode);
        }

        var key = File.ReadAllText(Assert.Single(Directory.GetFiles(keys, "key-*.xml")));
        Assert.Contains("EncryptedData", key);
        Assert.DoesNotContain("unencrypted form", key);

        using (var restarted = Host(keys, certificate))
        {
            Assert.Equal("geheim", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText));
        }

        // The folder without the certificate: what was sealed stays sealed.
        using var withoutCertificate = Host(keys, null);
        Assert.ThrowsAny<CryptographicException>(() =>
            withoutCertificate.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(sealedText));
    }

    [Fact]
    public void WithoutTheSettingTheKeysAreNotEncryptedAsBefore() =>
        Assert.Null(HardeningSettings.KeysCertificate(new ConfigurationBuilder().Build()));

    [Fact]
    public void ASettingThatLeadsToNoUsableCertificateStopsTheStartNamingIt()
    {
        static IConfiguration Settings(string path, string password) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [HardeningSettings.DataProtectionCertificateKey] = path,
            [HardeningSettings.DataProtectionCertificatePasswordKey] = password,
        }).Build();

        var missing = Assert.Throws<InvalidOperationException>(() => HardeningSettings.KeysCertificate(Settings("/bestaat/niet.pfx", Password)));
        var wrongPassword = Assert.Throws<InvalidOperationException>(() => HardeningSettings.KeysCertificate(Settings(Pfx("a.pfx"), "fout")));
        var withoutKey = Assert.Throws<InvalidOperationException>(() => HardeningSettings.KeysCertificate(Settings(Pfx("b.pfx", withKey: false), Password)));

        Assert.Equal("Regie:DataProtectionCertificate: het certificaatbestand '/bestaat/niet.pfx' bestaat niet.", missing.Message);
        Assert.StartsWith("Regie:DataProtectionCertificate: '", wrongPassword.Message, StringComparison.Ordinal);
        Assert.Contains("met Regie:DataProtectionCertificatePassword te openen", wrongPassword.Message);
        Assert.EndsWith("heeft geen RSA-sleutel met privédeel; daarmee kunnen de sleutels niet worden ontsleuteld.", withoutKey.Message);
        Assert.Throws<InvalidOperationException>(() => Host(Path.Combine(folder, "keys"), "/bestaat/niet.pfx").CreateClient());
    }
}
