using LearningLoop.Core.Imports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Reads an import's request body or uploaded file into memory, never more than
/// <see cref="ImportLimits.MaxFileBytes"/>: a declared length past the limit is refused before anything is read, and a
/// body that keeps coming is cut off one byte past it. The parsers then read from memory (they read synchronously,
/// which Kestrel forbids on the request stream).</summary>
public static class ImportBody
{
    public static IServiceCollection AddLearningLoopImports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportLimits>(configuration.GetSection(ImportLimits.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ImportLimits>>().Value);
        return services;
    }

    /// <summary>The body, or null when it is larger than the limit.</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, ImportLimits limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        if (request.ContentLength > limits.MaxFileBytes) return null;
        return await CopyAsync(request.Body, limits, ct);
    }

    /// <summary>An uploaded form file, or null when it is larger than the limit.</summary>
    public static async Task<MemoryStream?> ReadAsync(IFormFile file, ImportLimits limits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(limits);
        if (file.Length > limits.MaxFileBytes) return null;
        await using var stream = file.OpenReadStream();
        return await CopyAsync(stream, limits, ct);
    }

    public static ProblemHttpResult TooLarge(ImportLimits limits) => TypedResults.Problem(
        title: "The file is too large", statusCode: StatusCodes.Status413PayloadTooLarge,
        detail: $"Send at most {limits.FileSizeText}; split a larger file and import the parts one after another.");

    public static ProblemHttpResult Refused(ImportResult result) => TypedResults.Problem(
        title: "The file was not imported", statusCode: StatusCodes.Status422UnprocessableEntity,
        detail: $"{result.ProblemCount}; nothing was stored. Fix every listed row and send the whole file again.",
        extensions: new Dictionary<string, object?> { ["errors"] = result.Errors, ["errorsNotListed"] = result.ErrorsNotListed });

    private static async Task<MemoryStream?> CopyAsync(Stream source, ImportLimits limits, CancellationToken ct)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > limits.MaxFileBytes)
            {
                await copy.DisposeAsync();
                return null;
            }
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return copy;
    }
}
