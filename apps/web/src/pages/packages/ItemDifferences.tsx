import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PackageComparison, PackageItemRef } from '../../api/types';
import { paths } from '../../app/paths';
import { Empty } from '../../components/Status';
import { adjustmentText } from './package-words';

type Compared = PackageComparison['packages'][number];

/** Which initiatives only one package has, and those both take differently. */
export function ItemDifferences({
  roundId,
  first,
  second,
  difference,
}: {
  roundId: string;
  first: Compared;
  second: Compared;
  difference: PackageComparison['difference'];
}) {
  const { onlyInFirst, onlyInSecond, adjustedDifferently } = difference;
  if (onlyInFirst.length + onlyInSecond.length + adjustedDifferently.length === 0) {
    return <Empty>De to pakker har de samme forslag, taget med på samme måde.</Empty>;
  }
  const link = (item: PackageItemRef) => (
    <Link to={paths.initiative(roundId, item.number)}>
      <span className="package-number">{item.number}</span> {item.title}
    </Link>
  );
  return (
    <div className="item-differences">
      <ItemList title={`Kun i ${first.name}`} items={onlyInFirst} link={link} />
      <ItemList title={`Kun i ${second.name}`} items={onlyInSecond} link={link} />
      {adjustedDifferently.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>Taget med forskelligt</caption>
            <thead>
              <tr>
                <th scope="col">Forslag</th>
                <th scope="col">{first.name}</th>
                <th scope="col">{second.name}</th>
              </tr>
            </thead>
            <tbody>
              {adjustedDifferently.map((item) => (
                <tr key={item.number}>
                  <th scope="row">{link(item)}</th>
                  <td>{adjustmentText(item.first)}</td>
                  <td>{adjustmentText(item.second)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function ItemList({
  title,
  items,
  link,
}: {
  title: string;
  items: readonly PackageItemRef[];
  link: (item: PackageItemRef) => ReactNode;
}) {
  return (
    <div>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">Ingen</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.number}>{link(item)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
