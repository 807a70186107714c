import { RawNode, type KyselyPlugin, type OperationNode, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';

/**
 * Counts every statement built through a handle it is plugged into (`db.withPlugin(counter)`), transactions
 * included; begin and commit are the driver's and not counted. Tests read `count` around the texts under test.
 */
export class CountStatements implements KyselyPlugin {
  count = 0;
  /** Each statement's text when it was written as SQL (sql``, parameters as ?), else its node's kind; cleared with `count`. */
  texts: string[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.count === 0) this.texts = [];
    this.count += 1;
    this.texts.push(textOf(args.node));
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** A raw statement's text with nested raw parts written out (prepared's mark included), parameters as `?`. */
function textOf(node: OperationNode): string {
  if (!RawNode.is(node)) return node.kind;
  const part = (p: OperationNode | undefined) => (p === undefined ? '' : RawNode.is(p) ? textOf(p) : '?');
  return node.sqlFragments.map((f, i) => f + part(node.parameters[i])).join('');
}
