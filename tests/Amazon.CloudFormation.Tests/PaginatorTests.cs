using Amazon.CloudFormation.Model;
using Amazon.Runtime;

namespace Amazon.CloudFormation.Tests;

/// <summary>The paginators walk NextToken through the client's own (overridable) operations, as the SDK's do.</summary>
public class PaginatorTests
{
    [Test]
    public async Task Stacks_come_from_every_page_in_order()
    {
        using var client = new PagedStacks();

        var names = new List<string>();
        await foreach (var stack in client.Paginators.DescribeStacks(new DescribeStacksRequest()).Stacks)
        {
            names.Add(stack.StackName!);
        }

        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(client.Tokens, Is.EqualTo(new string?[] { null, "page-2", "page-3" }));
        });
    }

    [Test]
    public async Task Responses_start_from_the_requests_token_and_cannot_be_walked_twice()
    {
        using var client = new PagedStacks();
        var paginator = client.Paginators.DescribeStacks(new DescribeStacksRequest { NextToken = "page-3" });

        var pages = new List<DescribeStacksResponse>();
        await foreach (var page in paginator.Responses)
        {
            pages.Add(page);
        }

        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.EqualTo(1));
            Assert.That(client.Tokens, Is.EqualTo(new[] { "page-3" }));
            Assert.ThrowsAsync<InvalidOperationException>(async () =>
            {
                await foreach (var unused in paginator.Stacks)
                {
                }
            });
        });
    }

    private sealed class PagedStacks() : AmazonCloudFormationClient(
        new AnonymousAWSCredentials(), new AmazonCloudFormationConfig { ServiceURL = "http://127.0.0.1:1", MaxErrorRetry = 0 })
    {
        private static readonly Dictionary<string, (string Name, string? Next)> Pages = new()
        {
            [string.Empty] = ("a", "page-2"),
            ["page-2"] = ("b", "page-3"),
            ["page-3"] = ("c", null),
        };

        public List<string?> Tokens { get; } = [];

        public override Task<DescribeStacksResponse> DescribeStacksAsync(DescribeStacksRequest request, CancellationToken cancellationToken = default)
        {
            Tokens.Add(request.NextToken);
            var (name, next) = Pages[request.NextToken ?? string.Empty];
            return Task.FromResult(new DescribeStacksResponse { Stacks = [new Stack { StackName = name }], NextToken = next });
        }
    }
}
