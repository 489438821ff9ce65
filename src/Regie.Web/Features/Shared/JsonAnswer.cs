using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Regie.Web.Features.Shared;

/// <summary>
/// An API answer already serialised as JSON (<see cref="Infrastructure.BoardAnalysis.JsonAsync{T}"/>): written as kept, the
/// same bytes <c>TypedResults.Ok</c> would write. The OpenAPI document still describes it as <typeparamref name="T"/>.
/// </summary>
public sealed class JsonAnswer<T>(byte[] utf8) : IResult, IEndpointMetadataProvider
{
    public int Length => utf8.Length;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = utf8.Length;
        return httpContext.Response.Body.WriteAsync(utf8, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
