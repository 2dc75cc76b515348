using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Turns an editor's outcome into the API's answer: 201 or 200 with the saved record, 400 with the errors by
/// field, 404 when the record (or its initiative) is not in the caller's organisation.</summary>
public static class ApiOutcome
{
    public static async Task<Results<Created<TDto>, Ok<TDto>, ValidationProblem, NotFound>> SavedAsync<T, TDto>(
        EditOutcome<T> outcome, bool created, Func<T, Task<TDto>> dto, Func<T, string> location)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(dto);
        ArgumentNullException.ThrowIfNull(location);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var body = await dto(outcome.Entity!);
        return created ? TypedResults.Created(location(outcome.Entity!), body) : TypedResults.Ok(body);
    }

    /// <summary>As <see cref="SavedAsync"/>, for records whose initiative is named in the body: 403 when the caller may not change it.</summary>
    public static async Task<Results<Created<TDto>, Ok<TDto>, ValidationProblem, NotFound, ForbidHttpResult>> SavedIfAllowedAsync<T, TDto>(
        bool allowed, Func<Task<EditOutcome<T>>> save, bool created, Func<T, Task<TDto>> dto, Func<T, string> location)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(save);
        if (!allowed) return TypedResults.Forbid();
        return (await SavedAsync(await save(), created, dto, location)).Result switch
        {
            Created<TDto> c => c,
            Ok<TDto> o => o,
            ValidationProblem v => v,
            _ => TypedResults.NotFound(),
        };
    }

    public static Results<NoContent, ValidationProblem, NotFound> Deleted<T>(EditOutcome<T> outcome)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.NotFound) return TypedResults.NotFound();
        return outcome.Succeeded ? TypedResults.NoContent() : TypedResults.ValidationProblem(outcome.Errors);
    }
}
