using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regie.Cli.Remote;

/// <summary>
/// A Regie server the CLI talks to over /api/v1 with a personal API token (Authorization: Bearer). The token names the
/// board and the role, so a remote command needs no --organisation. HTTP errors become the Dutch messages a user can act on.
/// </summary>
internal sealed class RegieServer : IDisposable
{
    /// <summary>Connecting gives up after this; a whole request (an import of a large file included) after <see cref="RequestTimeout"/>.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromMinutes(2);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient http;

    private RegieServer(Uri address, HttpClient http)
    {
        Address = address;
        this.http = http;
    }

    public Uri Address { get; }

    /// <summary>
    /// The server at <paramref name="url"/> with <paramref name="token"/>. Plain HTTP only to a loopback address: anywhere else
    /// the token would cross the network readable by anyone on it.
    /// </summary>
    public static RegieServer Connect(string url, string? token, HttpMessageHandler? handler = null)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw UserError.Usage($"--server '{url}': geef het adres van de Regie-server, bijvoorbeeld https://regie.bestuur.nl.");
        }

        if (address.Scheme == Uri.UriSchemeHttp && !IsLoopback(address))
        {
            throw UserError.Usage($"--server '{url}': zonder HTTPS gaat het token leesbaar over het netwerk. Gebruik https://, of http:// alleen naar deze computer (localhost).");
        }

        if (string.IsNullOrWhiteSpace(token))
        {
            throw UserError.Usage("Met --server hoort een API-token: zet het in REGIE_TOKEN (of --token). Een token maak je in Regie onder Account → API-tokens.");
        }

        var client = new HttpClient(handler ?? new SocketsHttpHandler { ConnectTimeout = ConnectTimeout, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.GZip })
        {
            BaseAddress = new Uri(address.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/api/v1/"),
            Timeout = RequestTimeout,
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Trim());
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return new RegieServer(address, client);
    }

    private static bool IsLoopback(Uri address) =>
        address.IsLoopback || (IPAddress.TryParse(address.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>GET <paramref name="path"/> (relative to /api/v1/) as <typeparamref name="T"/>, texts in <paramref name="language"/>.</summary>
    public async Task<T> GetAsync<T>(string path, string command, string language, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await SendAsync(request, command, ct);
        await ThrowUnlessSuccessAsync(response, command, ct);
        return await ReadAsync<T>(response, ct);
    }

    /// <summary>GETs one page of a paged list: the document and the total the server counts (its X-Total-Count header), if it says one.</summary>
    public async Task<(T Page, int? Total)> GetPageAsync<T>(string path, string command, string language, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await SendAsync(request, command, ct);
        await ThrowUnlessSuccessAsync(response, command, ct);
        var total = response.Headers.TryGetValues("X-Total-Count", out var values)
            && int.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : (int?)null;
        return (await ReadAsync<T>(response, ct), total);
    }

    /// <summary>POSTs <paramref name="content"/> and gives the status with the body, for answers whose 400 carries a document (an import's errors).</summary>
    public async Task<(HttpStatusCode Status, JsonDocument Body)> PostAsync(string path, HttpContent content, string command, string language, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        using var response = await SendAsync(request, command, ct);
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            await ThrowUnlessSuccessAsync(response, command, ct);
        }

        return (response.StatusCode, await ReadAsync<JsonDocument>(response, ct));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string command, CancellationToken ct)
    {
        try
        {
            return await http.SendAsync(request, ct);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException or IOException || e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            throw new UserError($"Kan de Regie-server {Address} niet bereiken ({e.Message}). Controleer het adres (--server of REGIE_SERVER) en of de server draait.");
        }
        catch (HttpRequestException e)
        {
            throw new UserError($"'regie {command}': de verbinding met {Address} mislukte: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new UserError($"'regie {command}': de server {Address} antwoordde niet binnen {RequestTimeout.TotalMinutes:0} minuten.");
        }
    }

    /// <summary>The status codes a user can act on, in Dutch; the server's own explanation (a problem document's detail) follows.</summary>
    private async Task ThrowUnlessSuccessAsync(HttpResponseMessage response, string command, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var detail = await DetailAsync(response, ct);
        var said = detail is null ? "" : $" De server: {detail}";
        throw response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new UserError($"Het token is ongeldig of verlopen (server {Address}). Maak een nieuw token in Regie onder Account → API-tokens."),
            HttpStatusCode.Forbidden => new UserError($"Geen toegang: de rol van dit token staat 'regie {command}' niet toe. Lezen mag elke rol; wijzigen (zoals importeren) vraagt een token met de rol bewerker of beheerder.{said}"),
            HttpStatusCode.NotFound => new UserError($"'regie {command}': de server {Address} kent deze opdracht niet (404). Is het een Regie-server, en even nieuw als deze regie?"),
            HttpStatusCode.TooManyRequests => new UserError($"'regie {command}': te veel aanvragen kort na elkaar; probeer het over een minuut opnieuw.{said}"),
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.MovedPermanently or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect =>
                new UserError($"'regie {command}': de server {Address} stuurt door naar {response.Headers.Location}; geef dat adres als --server."),
            _ => new UserError($"'regie {command}': de server {Address} gaf {(int)response.StatusCode} {response.ReasonPhrase}.{said}"),
        };
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            return Problem.Messages(problem.RootElement) is { Count: > 0 } messages ? string.Join(" ", messages) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(await response.Content.ReadAsStreamAsync(ct), Json, ct)
                   ?? throw new JsonException("leeg antwoord");
        }
        catch (JsonException e)
        {
            throw new UserError($"Het antwoord van {Address} is geen Regie-antwoord dat deze regie kent ({e.Message}).");
        }
    }

    public void Dispose() => http.Dispose();
}

/// <summary>The readable messages of a problem document (RFC 9457): the detail, else every field's errors, else the title.</summary>
internal static class Problem
{
    public static List<string> Messages(JsonElement problem)
    {
        if (problem.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            return [.. errors.EnumerateObject().SelectMany(field => field.Value.ValueKind == JsonValueKind.Array
                ? field.Value.EnumerateArray().Select(m => m.ToString()) : [])];
        }

        if (problem.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String && detail.GetString() is { Length: > 0 } text)
        {
            return [text];
        }

        return problem.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString() is { Length: > 0 } t ? [t] : [];
    }
}
