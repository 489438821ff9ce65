using System.IO.Compression;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Regie.Web.Features.Shared;

/// <summary>
/// An API answer already serialised as JSON (<see cref="Infrastructure.BoardAnalysis.JsonAsync{T}"/>): written as kept, the
/// same bytes <c>TypedResults.Ok</c> would write. The OpenAPI document still describes it as <typeparamref name="T"/>.
/// A client that accepts gzip gets the bytes compressed, once per kept answer: the whole board's scores are megabytes of
/// repeated reasons, and writing them again for every request is what made them slow under load. These answers carry no
/// secret and nothing from the request, so compressing them cannot leak one (the BREACH attack needs both); pages, which
/// carry the antiforgery token, stay uncompressed.
/// </summary>
public sealed class JsonAnswer<T>(byte[] utf8) : IResult, IEndpointMetadataProvider
{
    /// <summary>Below this size compression saves less than its header costs.</summary>
    public const int CompressFrom = 1024;

    private byte[]? gzipped;

    /// <summary>The uncompressed size, which is what the cache of kept answers counts.</summary>
    public int Length => utf8.Length;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var body = utf8;
        if (utf8.Length >= CompressFrom)
        {
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (AcceptsGzip(httpContext.Request))
            {
                // Two first requests may both compress; they make the same bytes, and either copy may be kept.
                body = gzipped ??= Gzip(utf8);
                response.Headers.ContentEncoding = "gzip";
            }
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));

    /// <summary>Whether the request's Accept-Encoding allows gzip: named or by <c>*</c>, with a quality above zero.</summary>
    public static bool AcceptsGzip(HttpRequest request)
    {
        if (!request.Headers.ContainsKey(HeaderNames.AcceptEncoding))
        {
            return false;
        }

        double? gzip = null, any = null;
        foreach (var value in request.GetTypedHeaders().AcceptEncoding)
        {
            var quality = value.Quality ?? 1;
            if (value.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (value.Value.Equals("*", StringComparison.Ordinal))
            {
                any = quality;
            }
        }

        return (gzip ?? any ?? 0) > 0;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream(bytes.Length / 8);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
