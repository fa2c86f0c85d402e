namespace Build;

/// <summary>A value one task sets and later tasks read; reading it first names the task that sets it.</summary>
public sealed class Slot<T>(string name, string setBy)
    where T : class
{
    private T? value;

    public T Value
    {
        get => value ?? throw new InvalidOperationException(
            $"{name} is not known yet: {setBy} sets it, and it has not run in this run (skipped, or left out by --exclusive).");
        set => this.value = value;
    }

    public bool IsSet => value is not null;
}
