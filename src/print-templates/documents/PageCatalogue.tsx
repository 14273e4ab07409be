/** @jsxRuntime automatic */
import type { PrintMaterial } from '../../shared/print/print-data';

/**
 * 材料目录: the electronic pages kept for the case, per material, with their sha256 so a page
 * can later be shown to be the one received. Printed as a section of the 收件凭证 (A4).
 */
export function PageCatalogue({ materials }: { materials: readonly PrintMaterial[] }) {
  const lines = materials.filter((m) => m.pageHashes.length > 0);
  if (lines.length === 0) return null;
  return (
    <>
      <p className="pd-section">电子材料目录</p>
      <table className="pd-table">
        <thead>
          <tr>
            <th className="pd-num">序号</th>
            <th>材料名称</th>
            <th className="pd-nowrap">页数</th>
            <th>文件校验值（SHA-256）</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((m, i) => (
            <tr key={`${i}-${m.name}`}>
              <td className="pd-num">{i + 1}</td>
              <td>
                {m.name}
                {m.reused ? '（复用）' : ''}
              </td>
              <td className="pd-num">{m.electronicPages}</td>
              <td className="pd-hash">
                {m.pageHashes.map((hash, j) => (
                  <div key={`${j}-${hash}`}>{hash}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
