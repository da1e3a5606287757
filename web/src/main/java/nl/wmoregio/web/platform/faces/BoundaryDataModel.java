package nl.wmoregio.web.platform.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.wmoregio.shared.Page;
import nl.wmoregio.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a boundary's paged query: paging and sorting happen in the
 * database, with the boundary's whitelist of sort fields (the column's {@code field}).
 */
public class BoundaryDataModel<T> extends LazyDataModel<T> {

    /** The boundary query for one page; serializable because view-scoped beans hold it. */
    public interface Query<T> extends Serializable {
        Page<T> page(PageRequest request);
    }

    /** The row's stable key, for PrimeFaces' row bookkeeping. */
    public interface Key<T> extends Serializable {
        long of(T row);
    }

    private final Query<T> query;
    private final Key<T> key;

    public BoundaryDataModel(Query<T> query, Key<T> key) {
        this.query = query;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) query.page(new PageRequest(0, 1, null, true)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return query.page(request(first, pageSize, sortBy)).items();
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }

    static PageRequest request(int first, int pageSize, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        return new PageRequest(first / size, size, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }
}
