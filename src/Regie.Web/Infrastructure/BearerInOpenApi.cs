using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Regie.Web.Infrastructure;

/// <summary>The OpenAPI document says how to call the API: a personal API token as Authorization: Bearer (docs/SECURITY.md).</summary>
internal sealed class BearerInOpenApi : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SignInSetup.TokenScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal API token (regie_…), made on /account/tokens; bound to one board and a role, with an expiry.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SignInSetup.TokenScheme, document)] = [] });
        return Task.CompletedTask;
    }
}
