using Cake.Common.Diagnostics;
using Cake.Core;
using Spectre.Console;

namespace Build.Console;

/// <summary>Upload progress: a live bar on a terminal, a line per quarter in logs.</summary>
public static class UploadProgress
{
    public static async Task<T> RunAsync<T>(ICakeContext context, string label, Func<Action<long, long>, Task<T>> upload)
    {
        if (System.Console.IsOutputRedirected)
        {
            var reported = -1;
            return await upload((done, total) =>
            {
                var quarter = total == 0 ? 4 : (int)(done * 4 / total);
                if (quarter > reported)
                {
                    reported = quarter;
                    context.Information($"{label}: {done:N0} of {total:N0} bytes");
                }
            });
        }

        return await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var bar = progress.AddTask(label, maxValue: 1);
            var result = await upload((done, total) =>
            {
                bar.MaxValue = Math.Max(total, 1);
                bar.Value = done;
            });
            bar.StopTask();
            return result;
        });
    }
}
