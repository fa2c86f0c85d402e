"""Test-time only. Prints, for each resource of a CloudFormation template, its type, the properties it sets and
the handler permissions (create/read/update/delete) of its resource provider schema, as JSON.

The schemas come from cfn-lint's installed package when they carry `handlers`; cfn-lint 1.x ships them without,
so cfn-handler-permissions.json beside this file supplies the registry schemas' handler lists for those types.
"""
import json
import os
import sys

from cfnlint.decode import decode
from cfnlint.schema import PROVIDER_SCHEMA_MANAGER

HANDLERS = ("create", "read", "update", "delete")


def shipped_handlers(region, resource_type):
    schema = PROVIDER_SCHEMA_MANAGER.get_resource_schema(region, resource_type).schema
    handlers = schema.get("handlers") or {}
    if not handlers:
        return None
    return {name: {"permissions": handlers.get(name, {}).get("permissions", [])} for name in HANDLERS}


NAME_PROPERTIES = {"AWS::CloudWatch::Alarm": "AlarmName", "AWS::Lambda::Function": "FunctionName",
                   "AWS::IAM::Role": "RoleName", "AWS::Logs::LogGroup": "LogGroupName"}


def physical_name(resource):
    """The name the template gives the resource (a string or an Fn::Sub string, ${AWS::StackName} kept), else None."""
    value = (resource.get("Properties") or {}).get(NAME_PROPERTIES.get(resource["Type"], ""))
    if isinstance(value, dict) and isinstance(value.get("Fn::Sub"), str):
        value = value["Fn::Sub"]
    elif isinstance(value, dict) and value.get("Ref") == "AWS::StackName":
        value = "${AWS::StackName}"
    return value if isinstance(value, str) else None


def main(template_path, region):
    template, matches = decode(template_path)
    if matches:
        sys.exit(f"{template_path}: cfn-lint cannot read it: {matches[0]}")
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cfn-handler-permissions.json"), encoding="utf-8") as f:
        fallback = json.load(f)["types"]
    resources = []
    for logical_id, resource in template.get("Resources", {}).items():
        resource_type = resource["Type"]
        handlers, source = shipped_handlers(region, resource_type), "cfn-lint"
        if handlers is None:
            if resource_type not in fallback:
                sys.exit(f"{template_path}: resource {logical_id} is {resource_type}, which has no handler permissions in "
                         f"cfn-lint's schemas nor in cfn-handler-permissions.json; add its registry schema's handlers there.")
            handlers, source = fallback[resource_type]["handlers"], fallback[resource_type]["source"]
        resources.append({
            "logicalId": logical_id,
            "type": resource_type,
            "properties": sorted((resource.get("Properties") or {}).keys()),
            "name": physical_name(resource),
            "handlers": {name: [p for p in handlers.get(name, {}).get("permissions", [])] for name in HANDLERS},
            "onlyWith": (fallback.get(resource_type) or {}).get("onlyWith", {}),
            "source": source,
        })
    json.dump(resources, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "us-east-1")
