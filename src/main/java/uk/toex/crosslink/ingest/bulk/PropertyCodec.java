package uk.toex.crosslink.ingest.bulk;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Property maps in a compact binary form for the staging files: the value types ingest gives
 * its Cypher (text, whole and decimal numbers, booleans, dates, date-times, lists of text).
 * Lists become {@code String[]}, which is what Cypher stores for them; {@code null}s are left
 * out, as {@code SET n = $props} leaves them out.
 */
final class PropertyCodec {

    private static final byte TEXT = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte BOOLEAN = 4;
    private static final byte DATE = 5;
    private static final byte ZONED = 6;
    private static final byte OFFSET = 7;
    private static final byte TEXTS = 8;

    private PropertyCodec() {
    }

    static void write(DataOutput out, Map<String, Object> props) throws IOException {
        int present = (int) props.values().stream().filter(v -> v != null).count();
        out.writeShort(present);
        for (Map.Entry<String, Object> e : props.entrySet()) {
            if (e.getValue() != null) {
                text(out, e.getKey());
                value(out, e.getKey(), e.getValue());
            }
        }
    }

    static Map<String, Object> read(DataInput in) throws IOException {
        int count = in.readUnsignedShort();
        Map<String, Object> props = new LinkedHashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            props.put(text(in), value(in));
        }
        return props;
    }

    private static void value(DataOutput out, String key, Object value) throws IOException {
        if (value instanceof String s) {
            out.writeByte(TEXT);
            text(out, s);
        } else if (value instanceof Long || value instanceof Integer) {
            out.writeByte(LONG);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (value instanceof ZonedDateTime t) {
            out.writeByte(ZONED);
            out.writeLong(t.toEpochSecond());
            out.writeInt(t.getNano());
            text(out, t.getZone().getId());
        } else if (value instanceof OffsetDateTime t) {
            out.writeByte(OFFSET);
            out.writeLong(t.toEpochSecond());
            out.writeInt(t.getNano());
            out.writeInt(t.getOffset().getTotalSeconds());
        } else if (value instanceof List<?> list) {
            out.writeByte(TEXTS);
            out.writeInt(list.size());
            for (Object item : list) {
                text(out, (String) item);
            }
        } else {
            throw new IllegalArgumentException("cannot stage property " + key + " of type " + value.getClass().getName());
        }
    }

    private static Object value(DataInput in) throws IOException {
        byte type = in.readByte();
        return switch (type) {
            case TEXT -> text(in);
            case LONG -> in.readLong();
            case DOUBLE -> in.readDouble();
            case BOOLEAN -> in.readBoolean();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case ZONED -> {
                long seconds = in.readLong();
                int nano = in.readInt();
                yield ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nano), ZoneId.of(text(in)));
            }
            case OFFSET -> {
                long seconds = in.readLong();
                int nano = in.readInt();
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
                yield OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nano), offset);
            }
            case TEXTS -> {
                String[] items = new String[in.readInt()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = text(in);
                }
                yield items;
            }
            default -> throw new IOException("corrupt staging file: value type " + type);
        };
    }

    private static void text(DataOutput out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInput in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
