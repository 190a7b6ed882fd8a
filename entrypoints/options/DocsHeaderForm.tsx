import { useState } from 'react';
import { send } from '@/lib/messaging/send';
import type { ShipmentHeader } from '@/lib/review/shipment';

type Party = ShipmentHeader['seller'];

function PartyFields({
  legend,
  party,
  onChange,
}: {
  legend: string;
  party: Party;
  onChange: (p: Party) => void;
}) {
  return (
    <fieldset className="decide">
      <legend>{legend}</legend>
      <label>
        Name
        <input
          aria-label={`${legend} name`}
          value={party.name}
          onChange={(e) => onChange({ ...party, name: e.target.value })}
        />
      </label>
      <label>
        Address
        <input
          aria-label={`${legend} address`}
          value={party.address}
          onChange={(e) => onChange({ ...party, address: e.target.value })}
          size={36}
        />
      </label>
      <label>
        Country (ISO)
        <input
          aria-label={`${legend} country`}
          value={party.country}
          maxLength={2}
          onChange={(e) => onChange({ ...party, country: e.target.value })}
          style={{ width: 60 }}
        />
      </label>
    </fieldset>
  );
}

/** Invoice number, currency and the two parties; "Remember" keeps sender, consignee and currency for next time. */
export function DocsHeaderForm({
  header,
  origin,
  onChange,
  onOrigin,
}: {
  header: ShipmentHeader;
  origin: string;
  onChange: (h: ShipmentHeader) => void;
  onOrigin: (o: string) => void;
}) {
  const [saved, setSaved] = useState('');
  async function remember() {
    const { seller, consignee, currency } = header;
    await send('set-settings', { docs: { seller, consignee, currency, origin } });
    setSaved('Sender, consignee, currency and origin remembered.');
  }
  return (
    <div>
      <div className="decide">
        <label>
          Invoice number
          <input
            value={header.invoiceNumber}
            onChange={(e) => onChange({ ...header, invoiceNumber: e.target.value })}
          />
        </label>
        <label>
          Date
          <input
            type="date"
            value={header.date}
            onChange={(e) => onChange({ ...header, date: e.target.value })}
          />
        </label>
        <label>
          Currency
          <input
            value={header.currency}
            maxLength={3}
            onChange={(e) => onChange({ ...header, currency: e.target.value })}
            style={{ width: 60 }}
          />
        </label>
        <label>
          Default origin (ISO)
          <input
            value={origin}
            maxLength={2}
            onChange={(e) => onOrigin(e.target.value)}
            style={{ width: 60 }}
          />
        </label>
      </div>
      <PartyFields
        legend="Sender"
        party={header.seller}
        onChange={(seller) => onChange({ ...header, seller })}
      />
      <PartyFields
        legend="Consignee"
        party={header.consignee}
        onChange={(consignee) => onChange({ ...header, consignee })}
      />
      <button type="button" onClick={remember}>
        Remember sender and consignee
      </button>
      {saved && <span role="status"> {saved}</span>}
    </div>
  );
}
