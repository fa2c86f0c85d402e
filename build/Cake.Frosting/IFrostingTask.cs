using Cake.Core;

namespace Cake.Frosting;

public interface IFrostingTask
{
    Task RunAsync(ICakeContext context);

    bool ShouldRun(ICakeContext context);

    /// <summary>Printed when <see cref="ShouldRun"/> returns false; a task implements it explicitly to say why it skipped.</summary>
    string SkippedMessage => string.Empty;

    void OnError(Exception exception, ICakeContext context);

    void Finally(ICakeContext context);
}
