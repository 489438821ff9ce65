using System.IO.Compression;
using System.Text;

namespace Regie.Web.Tests.Api;

/// <summary>
/// The API's kept lists go compressed to a client that accepts gzip (issue 13, point 9: the whole board's scores are
/// megabytes of JSON), the same document as uncompressed, and never to a client that did not ask or refused it.
/// </summary>
public sealed class KeptAnswersCompressed(RegieApp app) : IClassFixture<RegieApp>
{
    private readonly RegieApp app = app.Fresh();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/scores")]
    [InlineData("/api/v1/services")]
    [InlineData("/api/v1/priorities")]
    public async Task AClientThatAcceptsGzipGetsTheSameDocumentCompressed(string path)
    {
        var client = app.ClientFor(await app.DemoBoardIdAsync());
        var plain = await SendAsync(client, path, null);
        var compressed = await SendAsync(client, path, "gzip, deflate, br");
        var again = await SendAsync(client, path, "gzip");

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);

        var json = await plain.Content.ReadAsByteArrayAsync(Ct);
        var zipped = await compressed.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(zipped.Length, compressed.Content.Headers.ContentLength);
        Assert.True(zipped.Length * 3 < json.Length, $"{path}: {zipped.Length} bytes compressed of {json.Length}");
        Assert.Equal(Encoding.UTF8.GetString(json), Gunzip(zipped));
        Assert.Equal(zipped, await again.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(plain.Headers.GetValues("X-Total-Count"), compressed.Headers.GetValues("X-Total-Count"));
    }

    [Theory]
    [InlineData("gzip;q=0")]
    [InlineData("br")]
    [InlineData("*;q=0")]
    [InlineData("identity")]
    public async Task AClientThatRefusesOrDoesNotNameGzipGetsPlainJson(string acceptEncoding)
    {
        var client = app.ClientFor(await app.DemoBoardIdAsync());
        var response = await SendAsync(client, "/api/v1/scores", acceptEncoding);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("{", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnyEncodingWithAQualityAllowsGzip()
    {
        var client = app.ClientFor(await app.DemoBoardIdAsync());
        var response = await SendAsync(client, "/api/v1/scores", "br;q=1, *;q=0.5");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await client.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
